package org.redpress.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.redpress.build.PipelineOptions;

/**
 * A running preview: the HTTP server, the watcher of content/ and templates/, and the rebuild
 * loop between them. A save rebuilds the model, the new generation is served and browsers
 * reload; pages are rendered as they are asked for, and the rest follows in the background.
 */
public final class Preview implements AutoCloseable {

  private final Server server;
  private final LiveSite site;
  private final EventHub hub;
  private final RebuildLoop loop;
  private final TreeWatcher watcher;
  private final FollowUp followUp;

  private Preview(Server server, LiveSite site, EventHub hub, RebuildLoop loop, TreeWatcher watcher,
      FollowUp followUp) {
    this.server = server;
    this.site = site;
    this.hub = hub;
    this.loop = loop;
    this.watcher = watcher;
    this.followUp = followUp;
  }

  /** Starts with the preview's rebuilds: the model on each save, each page rendered when asked for. */
  public static Preview start(PreviewOptions options, PreviewLog log) throws IOException {
    return start(options, new PreviewRebuilder(options.pipeline()), log);
  }

  /**
   * Starts the server, watches, runs the first build and returns once it is served, or has
   * failed, in which case its errors are shown (and every page waits) until a save fixes them.
   */
  public static Preview start(PreviewOptions options, Rebuilder rebuilder, PreviewLog log) throws IOException {
    PipelineOptions pipeline = options.pipeline();
    LiveSite site = new LiveSite();
    EventHub hub = new EventHub();
    FollowUp followUp = new FollowUp(site, hub, pipeline.projectDir(), pipeline.outDir(), options.messages(), log);
    Publisher publisher = new Publisher(site, hub, options.messages(), log, followUp);
    CountDownLatch firstBuild = new CountDownLatch(1);
    RebuildLoop loop = new RebuildLoop(rebuilder, (sources, outcome) -> {
      publisher.rebuilt(sources, outcome);
      firstBuild.countDown();
    }, options.debounce());
    SiteHandler inner = new SiteHandler(site, new StaticResponder(site, options.messages()),
        new SearchApi(options.messages()), hub, loop::runs);
    Server server = JettyServer.create(options.host(), options.port(), site, new EventsEndpoint(site, hub), inner, options.messages());
    TreeWatcher watcher = null;
    try {
      server.start();
      // Watch before the first build starts, so a save made during it is not lost.
      watcher = new TreeWatcher(List.of(pipeline.contentDir(), pipeline.templatesDir()), options.debounce(),
          loop::submit);
      watcher.start();
      loop.submit(Set.of());
      firstBuild.await();
      loop.warmUp();
      return new Preview(server, site, hub, loop, watcher, followUp);
    } catch (Exception e) {
      stopQuietly(server, hub, loop, watcher, followUp);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  /** The port listened on (the real one when 0 was asked for). */
  public int port() {
    return connector().getLocalPort();
  }

  /** The address listened on, as given ({@code 127.0.0.1} unless {@code --host} said otherwise). */
  public String host() {
    return connector().getHost();
  }

  /** Where the site is: {@code http://host:port/} plus the base path of the last good build. */
  public URI uri() {
    String host = host().contains(":") ? "[" + host() + "]" : host();
    return URI.create("http://" + host + ":" + port() + site.snapshot().basePath());
  }

  /** Whether the first build (or any since) succeeded, i.e. there is a site to serve. */
  public boolean hasSite() {
    return !site.snapshot().isEmpty();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  private ServerConnector connector() {
    return (ServerConnector) server.getConnectors()[0];
  }

  @Override
  public void close() {
    stopQuietly(server, hub, loop, watcher, followUp);
  }

  private static void stopQuietly(Server server, EventHub hub, RebuildLoop loop, TreeWatcher watcher,
      FollowUp followUp) {
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException e) {
      // Nothing left to watch either way.
    }
    loop.close();
    followUp.close();
    // End the event streams first: a graceful stop would otherwise wait for them.
    hub.close();
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort; the JVM is usually about to exit.
    }
  }
}

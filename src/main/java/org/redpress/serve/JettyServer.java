package org.redpress.serve;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.redpress.diagnostics.Messages;

/**
 * The Jetty set-up: one HTTP/1.1 connector with 8 KiB of request headers at most (longer URIs
 * get 414, longer headers 431), the default URI compliance (never LEGACY), no server version,
 * errors Jetty raises itself answered as JSON ({@link ProtocolErrors}), and gzip for everything but the event stream.
 */
final class JettyServer {

  static final int MAX_REQUEST_HEADER = 8 * 1024;
  static final long IDLE_TIMEOUT_MS = 30_000;

  private JettyServer() {}

  @SuppressWarnings("removal") // GzipHandler: its successor lives in jetty-compression-*, not a dependency yet
  static Server create(String host, int port, LiveSite site, EventsEndpoint events, SiteHandler inner, Messages messages) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("redpress-http");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_REQUEST_HEADER);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setUriCompliance(UriCompliance.DEFAULT);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT_MS);
    server.addConnector(connector);
    GzipHandler gzip = new GzipHandler(inner);
    gzip.setMinGzipSize(256);
    Handler root = new PreviewHandler(site, events, new HostCheck(host), gzip);
    server.setHandler(root);
    server.setErrorHandler(new ProtocolErrors(messages));
    server.setStopTimeout(2_000);
    return server;
  }
}

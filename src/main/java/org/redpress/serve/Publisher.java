package org.redpress.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.redpress.diagnostics.Messages;

/**
 * Turns each reported rebuild into what the server shows: a good build becomes the served
 * snapshot and a {@code reload} event naming the changed URLs, then its {@link FollowUp}; a
 * failed one keeps the old snapshot and becomes the overlay and an {@code error} event.
 */
final class Publisher implements RebuildLoop.Listener {

  private final LiveSite site;
  private final EventHub hub;
  private final Messages messages;
  private final Path templatesDir;
  private final PreviewLog log;
  private final FollowUp followUp;

  Publisher(LiveSite site, EventHub hub, Messages messages, Path templatesDir, PreviewLog log, FollowUp followUp) {
    this.site = site;
    this.hub = hub;
    this.messages = messages;
    this.templatesDir = templatesDir.toAbsolutePath().normalize();
    this.log = log;
    this.followUp = followUp;
  }

  @Override
  public void starting() {
    followUp.supersede();
  }

  @Override
  public void rebuilt(Set<Path> sources, BuildOutcome outcome) {
    if (!outcome.ok()) {
      BuildFailure failure = BuildFailure.of(site.nextFailureId(), outcome.diagnostics(), messages);
      site.fail(failure);
      hub.broadcast(EventHub.frame("error", site.snapshot().generation(), failure.json()));
      log.failed(outcome.diagnostics(), outcome.took());
      followUp.resume();
      return;
    }
    SiteSnapshot.Publication p = site.publish(outcome.files(), outcome.model().orElseThrow().config().basePath());
    hub.broadcast(EventHub.frame("reload", p.snapshot().generation(),
        reloadData(p.snapshot(), p.changed(), touchesTemplates(sources) || touchesEveryPage(p.changed()))));
    log.rebuilt(p.changed().size(), outcome.took(), outcome.warnings());
    log.stages(outcome.timings());
    if (p.snapshot().search().isEmpty()) {
      // The first good build: the server is announced only once search works and site/ exists.
      followUp.runNow(p.snapshot(), outcome.search());
    } else {
      followUp.submit(p.snapshot(), outcome.search());
    }
  }

  private boolean touchesTemplates(Set<Path> sources) {
    return sources.stream().anyMatch(s -> s.toAbsolutePath().startsWith(templatesDir));
  }

  /** Styles, scripts and media show on pages whose HTML may not have changed. */
  private static boolean touchesEveryPage(SortedSet<String> changed) {
    return changed.stream().anyMatch(f -> f.endsWith(".css") || f.endsWith(".js") || f.startsWith("media/"));
  }

  /**
   * {@code {"generation": N, "all": bool, "paths": ["/practices/x/", …], "otherFiles": M}}: the
   * changed pages as browsers show their URLs, and how many other files changed. Only pages are
   * listed because only they reload.
   */
  static String reloadData(SiteSnapshot snapshot, SortedSet<String> changed, boolean everything) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("generation", snapshot.generation());
    data.put("all", everything);
    List<String> pages = changed.stream().filter(p -> p.endsWith(".html"))
        .map(path -> urlOf(snapshot.basePath(), path)).toList();
    data.put("paths", pages);
    data.put("otherFiles", changed.size() - pages.size());
    return Json.write(data);
  }

  /** {@code practices/x/index.html} is shown at {@code {base}practices/x/}. */
  static String urlOf(String basePath, String path) {
    if (path.equals("index.html")) {
      return basePath;
    }
    return basePath + (path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
  }
}

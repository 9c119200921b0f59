package org.redpress.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redpress.diagnostics.Messages;
import org.redpress.render.SiteRenderer;

/**
 * Turns each reported rebuild into what the server shows: a good rebuild becomes a new
 * {@link Generation}, served at once, and a {@code reload} event, then its {@link FollowUp} in
 * the background; a failed one keeps the old generation and becomes the overlay and an
 * {@code error} event. Every good rebuild reloads every open page: no page is rendered before
 * the reload, so which of them changed is not known (and any may have).
 */
final class Publisher implements RebuildLoop.Listener {

  private final LiveSite site;
  private final EventHub hub;
  private final Messages messages;
  private final PreviewLog log;
  private final FollowUp followUp;

  Publisher(LiveSite site, EventHub hub, Messages messages, PreviewLog log, FollowUp followUp) {
    this.site = site;
    this.hub = hub;
    this.messages = messages;
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
    SiteRenderer renderer = outcome.site().orElseThrow();
    boolean first = site.snapshot().isEmpty();
    SiteSnapshot published = site.publish(new Generation(renderer, System.currentTimeMillis()));
    hub.broadcast(EventHub.frame("reload", published.generation(), reloadData(published, List.of(), true)));
    log.rebuilt(renderer.pageCount(), outcome.took(), outcome.warnings());
    log.stages(outcome.timings());
    if (first) {
      // The first good build: the server is announced only once search works and site/ exists.
      followUp.runNow(published, outcome.search());
    } else {
      followUp.submit(published, outcome.search());
    }
  }

  /**
   * {@code {"generation": N, "all": bool, "paths": ["/practices/x/", …]}}: whether every page
   * reloads, else the site-relative files of the pages that do, as browsers show their URLs.
   */
  static String reloadData(SiteSnapshot snapshot, List<String> files, boolean everything) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("generation", snapshot.generation());
    data.put("all", everything);
    data.put("paths", files.stream().map(path -> urlOf(snapshot.basePath(), path)).toList());
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

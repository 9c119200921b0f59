package org.redpress.build;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where a build reads and writes, and what it publishes. */
public record PipelineOptions(
    Path projectDir,
    Path contentDir,
    Path templatesDir,
    Path outDir,
    boolean drafts,
    boolean future,
    URI baseUrlOverride,
    LocalDate today,
    boolean precompress) {

  /** The alliance's own time zone decides what "today" is for future-dated records. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The defaults for a project directory: {@code content/}, {@code templates/}, {@code site/}. */
  public static PipelineOptions forProject(Path projectDir) {
    Path dir = projectDir.toAbsolutePath().normalize();
    return new PipelineOptions(dir, dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"),
        false, false, null, LocalDate.now(ZONE), false);
  }

  public PipelineOptions withOutDir(Path out) {
    return new PipelineOptions(projectDir, contentDir, templatesDir, out.toAbsolutePath().normalize(),
        drafts, future, baseUrlOverride, today, precompress);
  }

  public PipelineOptions withPublishing(boolean withDrafts, boolean withFuture) {
    return new PipelineOptions(projectDir, contentDir, templatesDir, outDir, withDrafts, withFuture,
        baseUrlOverride, today, precompress);
  }

  public PipelineOptions withBaseUrl(URI baseUrl) {
    return new PipelineOptions(projectDir, contentDir, templatesDir, outDir, drafts, future, baseUrl, today,
        precompress);
  }

  public PipelineOptions withToday(LocalDate day) {
    return new PipelineOptions(projectDir, contentDir, templatesDir, outDir, drafts, future, baseUrlOverride, day,
        precompress);
  }

  /** Also write a gzip copy next to every text file that it makes smaller ({@code build --precompress}). */
  public PipelineOptions withPrecompress(boolean gzip) {
    return new PipelineOptions(projectDir, contentDir, templatesDir, outDir, drafts, future, baseUrlOverride, today,
        gzip);
  }
}

package org.redpress.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.redpress.config.SiteConfig;
import org.redpress.content.ContentLoader;
import org.redpress.content.LoadedContent;
import org.redpress.content.Record;
import org.redpress.content.RecordValidator;
import org.redpress.content.ReferenceResolver;
import org.redpress.content.ResolvedContent;
import org.redpress.content.Schemas;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.model.BuildOptions;
import org.redpress.model.SiteModel;
import org.redpress.model.SiteModelBuilder;
import org.redpress.output.OutputFile;
import org.redpress.render.LinkChecker;
import org.redpress.render.RecordLinkSources;

/**
 * Runs a build. Stages are listed in execution order, each timed: load, validate, resolve,
 * model, render+write (the output steps side by side, each step's files written into a folder
 * beside the site as soon as the step is done), check links, publish. Any error stops the
 * run before {@code publish}, so a failed build never touches the published site.
 */
public final class Pipeline {

  private final PipelineOptions options;
  private final Progress progress;
  private final ContentLoader.Parses parses;
  private final ContentLoader loader;
  private final List<StageTiming> timings = new ArrayList<>();

  public Pipeline(PipelineOptions options) {
    this(options, Progress.NONE);
  }

  public Pipeline(PipelineOptions options, Progress progress) {
    this(options, progress, ContentLoader.Parses.FRESH);
  }

  /**
   * A pipeline whose load gets record files' parses, and their validations, from {@code parses}:
   * the preview's, which hands back those of a file whose bytes it parsed before.
   */
  public Pipeline(PipelineOptions options, Progress progress, ContentLoader.Parses parses) {
    this.options = options;
    this.progress = progress;
    this.parses = parses;
    this.loader = new ContentLoader(options.projectDir(), options.contentDir(), parses);
  }

  /** Builds and writes the site to {@code options.outDir()}. */
  public BuildResult build(Diagnostics diagnostics) {
    return run(diagnostics, true);
  }

  /** Everything but writing: for {@code redpress check}. */
  public BuildResult check(Diagnostics diagnostics) {
    return run(diagnostics, false);
  }

  /** Only the model (no rendering), for search and the preview server. */
  public Optional<SiteModel> model(Diagnostics diagnostics) {
    return loadModel(diagnostics);
  }

  /** The stages run so far, in execution order. */
  public List<StageTiming> timings() {
    return List.copyOf(timings);
  }

  private BuildResult run(Diagnostics diagnostics, boolean write) {
    if (write && !new OutputDirPolicy(options).isSafe(diagnostics)) {
      return result(Optional.empty(), List.of(), Optional.empty());
    }
    Optional<SiteModel> model = loadModel(diagnostics);
    if (model.isEmpty() || diagnostics.hasErrors()) {
      return result(model, List.of(), Optional.empty());
    }
    Optional<AtomicSiteWriter.Staging> staging = write ? stage(diagnostics) : Optional.empty();
    if (write && staging.isEmpty()) {
      return result(model, List.of(), Optional.empty());
    }
    LinkChecker.Pages pages = new LinkChecker().pages(List.of(), model.get().config().basePath(),
        new RecordLinkSources(model.get(), options.projectDir()), diagnostics);
    Precompressor gzip = new Precompressor();
    // Each file is made once (pages and share cards are deferred), read for its links and written
    // into a folder beside the site, on several threads, as soon as its step is done: the pages
    // are written while the search index is built. Gzip copies wait for every step, since a step
    // may ship a ".gz" of its own.
    OutputAssembler.Ready writer = ready -> {
      pages.add(ready.stream().map(OutputFile::path).toList());
      ParallelIo.forEach(ready, deferred -> {
        OutputFile file = deferred.materialized();
        pages.read(file);
        if (staging.isPresent()) {
          staging.get().put(file);
          if (options.precompress()) {
            Optional<OutputFile> gz = gzip.gzipCopy(file, pages.files());
            if (gz.isPresent()) {
              staging.get().put(gz.get());
            }
          }
        }
      });
    };
    List<StageTiming> stepTimings = new ArrayList<>();
    Optional<List<OutputFile>> files = timed(write ? "render+write" : "render", () -> {
      try {
        OutputAssembler assembler = new OutputAssembler(StandardSteps.of(options, model.get()));
        if (!options.precompress()) {
          return Optional.of(assembler.produce(model.get(), diagnostics, stepTimings, writer));
        }
        List<OutputFile> all = assembler.produce(model.get(), diagnostics, stepTimings, ready -> { });
        writer.accept(all);
        return Optional.of(all);
      } catch (IOException e) {
        outputError(e, diagnostics);
        return Optional.<List<OutputFile>>empty();
      } catch (RuntimeException | Error e) {
        // Out of memory, say: the half-written folder goes now, not at the next build.
        staging.ifPresent(AtomicSiteWriter.Staging::discard);
        throw e;
      }
    }, f -> f.map(l -> l.size() + " files").orElse("failed"));
    timings.addAll(stepTimings);
    timed("links", pages::check, n -> n + " links");
    if (files.isEmpty() || diagnostics.hasErrors() || staging.isEmpty()) {
      staging.ifPresent(AtomicSiteWriter.Staging::discard);
      return result(model, files.orElse(List.of()), Optional.empty());
    }
    Optional<WriteReport> report = timed("publish", () -> {
      try {
        return Optional.of(staging.get().commit());
      } catch (IOException e) {
        outputError(e, diagnostics);
        return Optional.<WriteReport>empty();
      }
    }, r -> r.map(w -> w.files() + " files, " + w.unchanged() + " unchanged").orElse("failed"));
    return result(model, files.get(), report);
  }

  private Optional<AtomicSiteWriter.Staging> stage(Diagnostics diagnostics) {
    try {
      return Optional.of(new AtomicSiteWriter(options.outDir()).stage());
    } catch (IOException e) {
      outputError(e, diagnostics);
      return Optional.empty();
    }
  }

  private void outputError(IOException e, Diagnostics diagnostics) {
    diagnostics.error("E-OUTPUT", SourcePosition.of(options.projectDir().relativize(options.outDir()).toString()),
        String.valueOf(e.getMessage()));
  }

  private Optional<SiteModel> loadModel(Diagnostics diagnostics) {
    Optional<LoadedContent> loaded = timed("load", () -> loader.load(diagnostics),
        l -> l.map(c -> c.records().size() + " files").orElse("-"));
    if (loaded.isEmpty()) {
      return Optional.empty();
    }
    SiteConfig config = options.baseUrlOverride() == null ? loaded.get().config()
        : loaded.get().config().withBaseUrl(options.baseUrlOverride());
    LoadedContent content = new LoadedContent(config, loaded.get().records(), loaded.get().media());
    List<Record> records = timed("validate", () -> validate(content, diagnostics), r -> r.size() + " records");
    ResolvedContent resolved = timed("resolve",
        () -> new ReferenceResolver().resolve(content, records, diagnostics),
        r -> r.records().size() + " records");
    SiteModel model = timed("model",
        () -> new SiteModelBuilder(new BuildOptions(options.drafts(), options.future(), options.today()))
            .build(resolved, diagnostics),
        m -> m.records().size() + " published");
    return Optional.of(model);
  }

  private List<Record> validate(LoadedContent content, Diagnostics diagnostics) {
    RecordValidator validator = new RecordValidator(new Schemas(), content.config());
    return content.records().parallelStream()
        .map(source -> parses.validated(source, content.config(), () -> {
          Diagnostics own = new Diagnostics();
          Optional<Record> record = validator.validate(source, own);
          return new ContentLoader.Validated(record, own.sorted());
        }))
        .flatMap(v -> {
          diagnostics.addAll(v.diagnostics());
          return v.record().stream();
        })
        .toList();
  }


  private <T> T timed(String stage, Supplier<T> work, java.util.function.Function<T, String> detail) {
    progress.stage(stage);
    long start = System.nanoTime();
    T value = work.get();
    long nanos = System.nanoTime() - start;
    timings.add(new StageTiming(stage, java.time.Duration.ofNanos(nanos)));
    progress.done(stage, nanos / 1_000_000, detail.apply(value));
    return value;
  }

  private BuildResult result(Optional<SiteModel> model, List<OutputFile> files, Optional<WriteReport> written) {
    return new BuildResult(model, files, timings, written);
  }
}

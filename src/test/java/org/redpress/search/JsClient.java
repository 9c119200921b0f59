package org.redpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.redpress.output.OutputFile;

/**
 * The shipped search engine ({@link EngineScript}) in GraalJS, limited to ECMAScript 2017 and with
 * no host access; a {@code fetch} shim serves the exported index files from memory.
 */
final class JsClient implements AutoCloseable {

  /** The theme's results UI, which the search page loads beside the engine. */
  static final Path UI = Path.of("templates/assets/search.js");
  static final String BASE = "https://redpress.test/sub/";

  private static final String HARNESS = """
      var fetch = function (url) {
        var s = __read(url.slice(__base.length));
        if (s === null) return Promise.resolve({ ok: false, status: 404 });
        var b = new Uint8Array(s.length);
        for (var i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
        return Promise.resolve({ ok: true, status: 200, arrayBuffer: function () { return Promise.resolve(b.buffer); } });
      };
      var __engine = new RedpressSearch.Engine(__base);
      var __out = null;
      function __run(promise, map) {
        __out = null;
        promise.then(function (r) { __out = JSON.stringify(map(r)); },
          function (e) { __out = JSON.stringify({ error: String(e) + '\\n' + e.stack }); });
      }
      """;

  /** One engine for every context of the run: GraalJS parses and warms the engine once. */
  private static final Engine ENGINE = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();

  private static final Source SOURCE = source();

  private final Context context;
  private final Map<String, byte[]> files = new HashMap<>();

  JsClient() {
    context = Context.newBuilder("js")
        .engine(ENGINE)
        .allowAllAccess(false)
        .option("js.ecmascript-version", "2017")
        .build();
    context.eval(SOURCE);
    Value bindings = context.getBindings("js");
    bindings.putMember("__base", BASE);
    bindings.putMember("__read", (ProxyExecutable) args -> {
      byte[] b = files.get(args[0].asString());
      return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
    });
    context.eval("js", HARNESS);
  }

  private static Source source() {
    return Source.newBuilder("js", EngineScript.source(), "engine.js").buildLiteral();
  }

  /** The results UI's source text. */
  static String ui() {
    try {
      return Files.readString(UI, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves these files (paths relative to the site root) to the engine. */
  JsClient serve(List<OutputFile> outputs) {
    outputs.forEach(f -> files.put(f.path(), f.bytes()));
    return this;
  }

  /** Evaluates a script and returns the value it leaves as a string. */
  String eval(String script) {
    return context.eval("js", script).asString();
  }

  void put(String name, String value) {
    context.getBindings("js").putMember(name, value);
  }

  /** Runs {@code promiseExpr}, maps its value with {@code mapFn}, and returns it as JSON (jobs run before eval returns). */
  String await(String promiseExpr, String mapFn) {
    context.eval("js", "__run(" + promiseExpr + ", " + mapFn + ")");
    Value out = context.getBindings("js").getMember("__out");
    if (out == null || out.isNull()) {
      throw new IllegalStateException("promise did not settle: " + promiseExpr);
    }
    return out.asString();
  }

  @Override
  public void close() {
    context.close();
  }
}

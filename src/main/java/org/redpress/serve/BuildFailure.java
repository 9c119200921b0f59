package org.redpress.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;

/**
 * A failed rebuild as the browser is shown it: the errors, already put into words, numbered so
 * that pages served while it lasts get their own ETag.
 */
record BuildFailure(long id, String title, List<Line> lines) {

  BuildFailure {
    lines = List.copyOf(lines);
  }

  /** The errors of {@code diagnostics} (warnings do not fail a build, so they are left out). */
  static BuildFailure of(long id, List<Diagnostic> diagnostics, Messages messages) {
    List<Line> lines = diagnostics.stream().filter(Diagnostic::isError)
        .map(d -> new Line(d.at().toString(), messages.severity(d.severity()), d.code(),
            messages.message(d.code(), d.args())))
        .toList();
    return new BuildFailure(id, messages.format("serve.overlay-title", lines.size()), lines);
  }

  /** The {@code error} event's data: {@code {"id", "title", "diagnostics": [{location, severity, code, message}]}}. */
  String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("id", id);
    root.put("title", title);
    root.put("diagnostics", lines.stream().map(Line::fields).toList());
    return Json.write(root);
  }

  /** One error: {@code file:line:col}, the localised severity, the code and the message. */
  record Line(String location, String severity, String code, String message) {

    Map<String, Object> fields() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("location", location);
      m.put("severity", severity);
      m.put("code", code);
      m.put("message", message);
      return m;
    }
  }
}

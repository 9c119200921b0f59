package org.redpress.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.redpress.content.StableJson;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;

/**
 * The stable machine format (docs/check-formats.md): {@code {"version":1,"errors":N,"warnings":N,
 * "diagnostics":[{"severity","code","file","line","column","message"}]}}. Fields are only ever
 * added; a change of meaning gets a new version number.
 */
final class JsonFormat implements DiagnosticFormat {

  static final int VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(StableJson.printer());

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String render(List<Diagnostic> diagnostics, Messages messages) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", VERSION);
    root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
    root.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      list.addObject()
          .put("severity", d.severity().name().toLowerCase(Locale.ROOT))
          .put("code", d.code())
          .put("file", d.at().file())
          .put("line", d.at().line())
          .put("column", d.at().column())
          .put("message", messages.message(d.code(), d.args()));
    }
    return write(root);
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Two-space indent, {@code \n} line ends and a final newline on every platform. */
  static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }
}

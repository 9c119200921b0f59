package org.redpress.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, with hard limits: at most {@value
 * #MAX_ALIASES} aliases, nesting at most {@value #MAX_DEPTH} deep, at most {@value
 * #MAX_EXPANDED_NODES} nodes counting alias expansion, no duplicate keys. Every problem becomes a
 * diagnostic; the reader never throws for bad input, never hangs and never overflows the stack
 * (Jackson's YAML parser is event-driven, and the tree is built iteratively here).
 */
public final class YamlReader {

  public static final int MAX_ALIASES = 50;
  public static final int MAX_DEPTH = 50;
  public static final int MAX_EXPANDED_NODES = 100_000;
  public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

  private final YAMLFactory factory;

  public YamlReader() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH + 10);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(false);
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
            .build();
  }

  /**
   * Parses {@code text}, the YAML of {@code file} starting after {@code lineOffset} lines of that
   * file (front matter starts below its {@code ---}). Returns empty when the text is not
   * usable; the reasons are in {@code diagnostics}.
   */
  public Optional<YamlNode> read(String text, String file, int lineOffset, Diagnostics diagnostics) {
    if (!LinePrecheck.passes(text, file, lineOffset, diagnostics)) {
      return Optional.empty();
    }
    try (JsonParser parser = factory.createParser(text)) {
      return new TreeBuilder((YAMLParser) parser, file, lineOffset, diagnostics).document();
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int line = where == null ? 0 : where.getLineNr() + lineOffset;
      int column = where == null ? 0 : where.getColumnNr();
      SourcePosition at = new SourcePosition(file, Math.max(line, lineOffset + 1), column);
      String problem = firstLine(e.getOriginalMessage());
      if (problem.contains("uplicate")) {
        diagnostics.error("E-YAML-DUPLICATE-KEY", at, problem);
      } else if (LinePrecheck.hasFullWidthPunctuation(text, line - lineOffset)) {
        diagnostics.error("E-YAML-FULLWIDTH", at, problem);
      } else {
        // The parser's English goes only into the English message; the Chinese ones say in
        // their own words what usually causes each kind of problem.
        diagnostics.error(codeOf(problem), at, problem);
      }
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.error("E-YAML", SourcePosition.startOf(file), firstLine(e.getMessage()));
      return Optional.empty();
    }
  }

  /** The kind of a SnakeYAML problem, by the words of its message. */
  static String codeOf(String problem) {
    if (problem.contains("mapping values are not allowed")) {
      return "E-YAML-COLON";
    }
    if (problem.contains("end of stream") || problem.contains("<stream end>") || problem.contains("expected ',' or")) {
      return "E-YAML-UNCLOSED";
    }
    if (problem.contains("expected key") || problem.contains("expected ':'") || problem.contains("<block end>")
        || problem.contains("block sequence entries are not allowed") || problem.contains("expected '-'")) {
      return "E-YAML-INDENT";
    }
    return "E-YAML";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "?";
    }
    // SnakeYAML says "while scanning …", then where, then the problem: keep the sentences only.
    String line = message.strip().lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("in '") && !l.startsWith("at [") && !l.startsWith("^"))
        .collect(java.util.stream.Collectors.joining("; "));
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** Builds the tree from parser events with an explicit stack (no recursion). */
  private static final class TreeBuilder {
    private final YAMLParser parser;
    private final String file;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Integer> weights = new java.util.IdentityHashMap<>();
    private int aliases;
    private long expanded;

    TreeBuilder(YAMLParser parser, String file, int lineOffset, Diagnostics diagnostics) {
      this.parser = parser;
      this.file = file;
      this.lineOffset = lineOffset;
      this.diagnostics = diagnostics;
    }

    /** An open collection while its children are read. */
    private static final class Frame {
      final boolean mapping;
      final SourcePosition at;
      final String anchor;
      final List<YamlMapping.Entry> entries = new ArrayList<>();
      final List<YamlNode> items = new ArrayList<>();
      final Set<String> keys = new HashSet<>();
      String pendingKey;
      SourcePosition pendingKeyAt;
      int weight = 1;

      Frame(boolean mapping, SourcePosition at, String anchor) {
        this.mapping = mapping;
        this.at = at;
        this.anchor = anchor;
      }
    }

    Optional<YamlNode> document() throws IOException {
      List<Frame> stack = new ArrayList<>();
      YamlNode root = null;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        SourcePosition at = position();
        YamlNode done;
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            if (stack.size() >= MAX_DEPTH) {
              diagnostics.error("E-YAML-DEPTH", at, MAX_DEPTH);
              return Optional.empty();
            }
            stack.add(new Frame(token == JsonToken.START_OBJECT, at, anchor()));
            continue;
          }
          case FIELD_NAME -> {
            Frame top = stack.get(stack.size() - 1);
            String key = parser.currentName();
            if (!top.keys.add(key)) {
              diagnostics.error("E-YAML-DUPLICATE-KEY", at, key);
              return Optional.empty();
            }
            top.pendingKey = key;
            top.pendingKeyAt = at;
            continue;
          }
          case END_OBJECT, END_ARRAY -> {
            Frame frame = stack.remove(stack.size() - 1);
            done =
                frame.mapping
                    ? new YamlMapping(frame.entries, frame.at)
                    : new YamlSequence(frame.items, frame.at);
            weights.put(done, frame.weight);
            remember(frame.anchor, done);
          }
          default -> {
            if (parser.isCurrentAlias()) {
              done = alias(at);
              if (done == null) {
                return Optional.empty();
              }
            } else {
              done = new YamlScalar(scalarText(token), kindOf(token), at);
              weights.put(done, 1);
              remember(anchor(), done);
            }
          }
        }
        if (stack.isEmpty()) {
          root = done;
          continue;
        }
        Frame top = stack.get(stack.size() - 1);
        top.weight += weights.getOrDefault(done, 1);
        if (top.mapping) {
          top.entries.add(new YamlMapping.Entry(top.pendingKey, top.pendingKeyAt, done));
        } else {
          top.items.add(done);
        }
      }
      return Optional.ofNullable(root);
    }

    private YamlNode alias(SourcePosition at) throws IOException {
      aliases++;
      if (aliases > MAX_ALIASES) {
        diagnostics.error("E-YAML-ALIASES", at, MAX_ALIASES);
        return null;
      }
      String name = parser.getText();
      YamlNode target = anchors.get(name);
      if (target == null) {
        diagnostics.error("E-YAML", at, "unknown alias *" + name);
        return null;
      }
      expanded += weights.getOrDefault(target, 1);
      if (expanded > MAX_EXPANDED_NODES) {
        diagnostics.error("E-YAML-ALIASES", at, MAX_ALIASES);
        return null;
      }
      return target;
    }

    /** The anchor ({@code &name}) on the current token, if any. */
    private String anchor() throws IOException {
      Object id = parser.getObjectId();
      return id == null ? null : id.toString();
    }

    private void remember(String anchor, YamlNode node) {
      if (anchor != null) {
        anchors.put(anchor, node);
      }
    }

    private String scalarText(JsonToken token) throws IOException {
      return token == JsonToken.VALUE_NULL ? "" : parser.getText();
    }

    private static YamlScalar.Kind kindOf(JsonToken token) {
      return switch (token) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> YamlScalar.Kind.NUMBER;
        case VALUE_TRUE, VALUE_FALSE -> YamlScalar.Kind.BOOLEAN;
        case VALUE_NULL -> YamlScalar.Kind.NULL;
        default -> YamlScalar.Kind.STRING;
      };
    }

    private SourcePosition position() {
      JsonLocation location = parser.currentTokenLocation();
      return new SourcePosition(file, location.getLineNr() + lineOffset, location.getColumnNr());
    }
  }
}

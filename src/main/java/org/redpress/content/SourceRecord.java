package org.redpress.content;

import org.redpress.yaml.YamlMapping;

/**
 * A record file as loaded: its type and id, the YAML fields with positions, and the Markdown
 * body with the line it starts on (for YAML records, the {@code body} field's line).
 */
public record SourceRecord(
    RecordType type, String id, String file, YamlMapping fields, String body, int bodyLine) {}

/**
 * YAML with positions: {@link org.redpress.yaml.YamlReader} turns hand-typed YAML (front matter,
 * data files, site.yaml) into a {@link org.redpress.yaml.YamlNode} tree whose every node knows
 * its file, line and column, under hard limits, reporting problems as diagnostics.
 *
 * <p>May import: diagnostics (and Jackson YAML).
 */
package org.redpress.yaml;

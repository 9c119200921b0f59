/**
 * The hardened YAML reader shared by {@code content/site.yaml} and every record's front matter:
 * hard limits on size, depth and aliases, strict UTF-8, tab and full-width-space checks, and a
 * tree of {@link org.redpress.yaml.YamlNode}s that keep their line and column for diagnostics.
 *
 * <p>May import: diagnostics.
 */
package org.redpress.yaml;

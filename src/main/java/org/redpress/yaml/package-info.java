/**
 * YAML: the small, strict reader of front matter and {@code site.yaml} ({@link
 * org.redpress.yaml.YamlReader}) and the node tree it yields, with a source position on every node.
 *
 * <p>May import: diagnostics.
 */
package org.redpress.yaml;

/**
 * The YAML reader of front matter, record files and {@code site.yaml}: a small tree of mappings,
 * sequences and scalars with the line and column of every node, and problems as diagnostics.
 *
 * <p>May import: diagnostics.
 */
package org.redpress.yaml;

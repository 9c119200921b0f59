/**
 * Site configuration: the immutable {@link org.redpress.config.SiteConfig} read from {@code
 * content/site.yaml}, and the hardened YAML reader that keeps node positions ({@link
 * org.redpress.config.YamlReader}), which {@code content} reuses for records.
 *
 * <p>May import: diagnostics, yaml.
 */
package org.redpress.config;

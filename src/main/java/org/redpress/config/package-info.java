/**
 * Site configuration: the immutable {@link org.redpress.config.SiteConfig} read from {@code
 * content/site.yaml} through the {@code yaml} package's reader.
 *
 * <p>May import: diagnostics, yaml.
 */
package org.redpress.config;

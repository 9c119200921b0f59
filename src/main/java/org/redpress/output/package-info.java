/**
 * The seam every output goes through: an {@link org.redpress.output.OutputStep} turns the site
 * model into in-memory {@link org.redpress.output.OutputFile}s (pages, feeds, sitemap, search
 * index, assets). The build runs the steps in order and writes what they produced; the preview
 * serves the same files.
 *
 * <p>May import: diagnostics, model.
 */
package org.redpress.output;

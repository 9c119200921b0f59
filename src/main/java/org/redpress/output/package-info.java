/**
 * The seam between the model and the files of the site: {@link org.redpress.output.OutputStep}
 * produces in-memory {@link org.redpress.output.OutputFile}s with safe site-relative paths.
 *
 * <p>May import: diagnostics, model.
 */
package org.redpress.output;

/**
 * The seam between the model and the files of a site: an {@link org.redpress.output.OutputFile}
 * (a safe site-relative path and its bytes) and the {@link org.redpress.output.OutputStep} that
 * produces files from a model.
 *
 * <p>May import: diagnostics, model.
 */
package org.redpress.output;

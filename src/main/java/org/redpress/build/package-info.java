/**
 * The build: the {@link org.redpress.build.Pipeline} (stages in execution order, each timed, the
 * error gate before writing) and the {@link org.redpress.build.AtomicSiteWriter} that swaps a
 * complete new site in, or leaves the old one untouched.
 *
 * <p>May import: diagnostics, config, content, model, output, markdown, render, search.
 */
package org.redpress.build;

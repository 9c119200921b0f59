/**
 * The build: the {@link org.redpress.build.Pipeline} (load, validate, resolve, model, render,
 * links, write — in execution order, each timed, the error gate before writing, and nothing kept
 * from one run to the next) and the {@link org.redpress.build.AtomicSiteWriter} that swaps a
 * complete new site in, or leaves the old one untouched.
 *
 * <p>May import: diagnostics, config, markdown, content, model, output, render, search.
 */
package org.redpress.build;

/**
 * The command line: picocli commands, exit codes (0 ok, 1 content errors, 2 usage, 3 internal),
 * progress on a terminal and the one-line summary that ends every run.
 *
 * <p>May import: hashing, diagnostics, config, content, model, search, build, serve.
 */
package org.redpress.cli;

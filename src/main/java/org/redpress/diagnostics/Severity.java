package org.redpress.diagnostics;

/** How bad a diagnostic is: errors stop a build, warnings do not (unless {@code --strict}). */
public enum Severity {
  ERROR,
  WARNING
}

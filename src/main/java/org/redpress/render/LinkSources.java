package org.redpress.render;

import java.util.Optional;
import org.redpress.diagnostics.SourcePosition;

/**
 * Where the editor wrote a link that the link checker found on a rendered page, so a broken link
 * is reported at its line in {@code content/}, not at the generated page.
 */
@FunctionalInterface
public interface LinkSources {

  /** Knows no sources: links are reported at their page in {@code site/}. */
  LinkSources NONE = (page, link) -> Optional.empty();

  /** The position of {@code link} (as the page has it) in the source of {@code page} (an output path). */
  Optional<SourcePosition> find(String page, String link);
}

package org.redpress.render;

import java.util.List;
import org.redpress.markdown.SafeHtml;

/** A public view record as the pages use one (TemplatesTest): components, a nested record, a list, safe HTML and a method with an argument. */
public record SampleCard(String title, SampleCard parent, List<String> tags, SafeHtml body) {

  public String titled(String prefix) {
    return prefix + title;
  }
}

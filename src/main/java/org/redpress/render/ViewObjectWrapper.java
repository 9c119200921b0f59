package org.redpress.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.redpress.markdown.SafeHtml;

/**
 * Wraps view records for templates, and a {@link SafeHtml} as ready HTML markup. Templates then
 * print sanitised bodies with a plain {@code ${record.body}} and never need {@code ?no_esc}, so
 * every string — whatever its name — is escaped and only the markdown package's output is not.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

  ViewObjectWrapper() {
    super(Configuration.VERSION_2_3_34);
    writeProtect();
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof SafeHtml safe) {
      return HTMLOutputFormat.INSTANCE.fromMarkup(safe.html());
    }
    return super.handleUnknownType(obj);
  }
}

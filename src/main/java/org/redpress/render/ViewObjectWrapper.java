package org.redpress.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.redpress.markdown.SafeHtml;

/**
 * Wraps view records for templates, and a {@link SafeHtml} as ready HTML markup. Templates then
 * print sanitised bodies with a plain {@code ${record.body}} and never need {@code ?no_esc}, so
 * every string — whatever its name — is escaped and only the markdown package's output is not.
 * The project's records become {@link RecordModel}s, read through their accessors.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

  private final RecordModel.Accessors accessors = new RecordModel.Accessors();

  ViewObjectWrapper() {
    super(Configuration.VERSION_2_3_34);
    writeProtect();
  }

  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    if (obj instanceof SafeHtml safe) {
      return HTMLOutputFormat.INSTANCE.fromMarkup(safe.html());
    }
    if (obj instanceof Record r && r.getClass().getName().startsWith("org.redpress.")) {
      return new RecordModel(r, accessors.get(r.getClass()), this);
    }
    return super.wrap(obj);
  }

  /** Freemarker's own bean model of {@code obj}: its methods, for what a record's components do not answer. */
  TemplateHashModel beanModel(Object obj) throws TemplateModelException {
    return (TemplateHashModel) super.handleUnknownType(obj);
  }
}

package org.redpress.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * A view record as templates see it: {@code view.title} reads the component through its
 * accessor, made accessible once per record class. Freemarker's own bean model checks the
 * caller's access on every read, a stack walk that cost about 2% of a build; anything else the
 * template asks of the record (a method with arguments) goes to that bean model.
 */
final class RecordModel
    implements TemplateHashModel, TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel {

  /** Each record class's components by name. */
  static final class Accessors extends ClassValue<Map<String, Method>> {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> out = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method m = c.getAccessor();
        m.setAccessible(true);
        out.put(c.getName(), m);
      }
      return Map.copyOf(out);
    }
  }

  private final Record record;
  private final Map<String, Method> accessors;
  private final ViewObjectWrapper wrapper;

  RecordModel(Record record, Map<String, Method> accessors, ViewObjectWrapper wrapper) {
    this.record = record;
    this.accessors = accessors;
    this.wrapper = wrapper;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    Method accessor = accessors.get(key);
    if (accessor == null) {
      return wrapper.beanModel(record).get(key);
    }
    try {
      return wrapper.wrap(accessor.invoke(record));
    } catch (InvocationTargetException e) {
      throw new TemplateModelException("reading " + key + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new TemplateModelException(e);
    }
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  @Override
  public String getAsString() {
    return record.toString();
  }

  @Override
  public Object getAdaptedObject(Class<?> hint) {
    return record;
  }

  @Override
  public Object getWrappedObject() {
    return record;
  }
}

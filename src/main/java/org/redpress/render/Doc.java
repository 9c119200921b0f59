package org.redpress.render;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a view type or one of its fields means to a template author. Kept at run time because
 * {@code docs/templates.md} is generated from these by reflection (Javadoc is gone by then).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface Doc {
  /** One line, in English, as it appears in the generated documentation. */
  String value();
}

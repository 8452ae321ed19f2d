package org.wuhealth.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a member (or, on {@link Snapshot}, the whole document) means, in the words the published
 * JSON Schema of snapshot format v1 gives it. The schema is generated from the model, so this is
 * where its descriptions are written.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Description {
  String value();
}

package org.wuhealth.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The only spellings a text member, or each item of a list of text, may have in snapshot JSON,
 * where the model keeps them as text rather than as a {@link WireValue} enum.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AllowedValues {
  String[] value();
}

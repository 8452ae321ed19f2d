package org.wuhealth.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The pattern a text member must match in snapshot JSON (a JSON Schema, ECMA-262 regular
 * expression; anchor it, JSON Schema patterns are not).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Matches {
  String value();
}

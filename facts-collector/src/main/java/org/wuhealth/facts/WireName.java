package org.wuhealth.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member name of a record component in snapshot JSON, where it differs from the component's
 * name ({@code package} is a Java keyword). Read by {@link FactPaths}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface WireName {
  String value();
}

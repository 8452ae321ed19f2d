package org.wuhealth.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a member right after the named one in snapshot JSON (the schema's property order, which
 * the writer follows), where it differs from component order: a member added at the end of a
 * record, so that its constructor kept its order, but published next to its kin.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface WireAfter {
  /** The JSON name of the member this one follows. */
  String value();
}

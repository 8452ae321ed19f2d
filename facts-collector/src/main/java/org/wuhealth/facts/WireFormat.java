package org.wuhealth.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The spelling a text member must have in snapshot JSON, where its Java type alone does not say (a
 * KB number and an error code are both strings). Read by the snapshot reader, which normalizes the
 * value or rejects it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface WireFormat {
  Form value();

  /** The checked spellings. */
  enum Form {
    /** A KB number in any of the spellings {@link Kb#normalize} accepts. */
    KB,
    /** An error code in any of the spellings {@link HResult#canonical} accepts. */
    HRESULT,
    /** A date ("2026-11-01", midnight UTC) or a date-time with offset. */
    DATE_OR_INSTANT
  }
}

package org.wuhealth.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A member that snapshot JSON must have, and not as null, wherever the object around it is present
 * (a primitive component is required without saying so). Read by the schema generator; the other
 * members mean "not collected" when missing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {}

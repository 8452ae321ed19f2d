package org.wuhealth.rules.catalog;

import java.io.Serializable;

/**
 * A number a rule compares against, from its {@code rule.yml}.
 *
 * @param value the number
 * @param source where it comes from (a Microsoft page, the guide), or "heuristic: " and the
 *     reasoning when no source gives one
 */
public record RuleParameter(Number value, String source) implements Serializable {}

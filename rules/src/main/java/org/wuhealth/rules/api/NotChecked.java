package org.wuhealth.rules.api;

import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's action inserts instead of a {@link Hit} when the facts it needs were collected but
 * do not let it judge (a release the knowledge base does not know, an edition that decides the
 * answer and was not collected). The engine lists the rule under "not checked" with the reason and
 * a warning, so that an unanswerable check never reads as a pass.
 *
 * @param reason one sentence: what is unknown
 */
public record NotChecked(String ruleId, String reason) {

  /** A verdict for the rule whose action is running. */
  public static NotChecked of(RuleContext context, String reason) {
    return new NotChecked(context.getRule().getName(), reason);
  }
}

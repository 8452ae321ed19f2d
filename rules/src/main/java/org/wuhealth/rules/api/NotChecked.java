package org.wuhealth.rules.api;

import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's action inserts instead of a {@link Hit} when it cannot judge this host although the
 * sections its {@code requires} names were collected. Either a fact is unknown ({@code missing}: a
 * service listed without its run state, a site whose state could not be told) or what was collected
 * does not let the rule decide ({@code reason}: a release the knowledge base does not know, an
 * edition that decides the answer and was not collected). The engine lists the rule under "not
 * checked", so that an unanswerable check never reads as a pass.
 *
 * @param missing the unknown fact as a snapshot path, a list item named in brackets
 *     ("services[WsusService].state"), or null
 * @param reason one sentence saying what is unknown, or null
 */
public record NotChecked(String ruleId, String missing, String reason) {

  /** The rule whose action is running could not judge {@code missing}. */
  public static NotChecked of(RuleContext context, String missing) {
    return new NotChecked(context.getRule().getName(), missing, null);
  }

  /** The rule whose action is running could not judge, for the reason given. */
  public static NotChecked because(RuleContext context, String reason) {
    return new NotChecked(context.getRule().getName(), null, reason);
  }
}

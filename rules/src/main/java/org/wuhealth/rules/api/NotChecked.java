package org.wuhealth.rules.api;

import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's action inserts when the facts it needs for this host are unknown although the
 * sections its {@code requires} names were collected: a service listed without its run state, a
 * site whose state could not be told. The engine lists the rule under "not checked" with {@code
 * missing}, so that a silent rule never reads as a healthy host.
 *
 * @param missing the unknown fact as a snapshot path, a list item named in brackets:
 *     "services[WsusService].state", "wsus.configMgr.remoteSoftwareUpdatePoint"
 */
public record NotChecked(String ruleId, String missing) {
  /** The rule whose action is running could not judge {@code missing}. */
  public static NotChecked of(RuleContext context, String missing) {
    return new NotChecked(context.getRule().getName(), missing);
  }
}

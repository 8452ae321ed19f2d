package org.wuhealth.engine;

import java.util.List;
import org.wuhealth.rules.catalog.Requirement;

/**
 * A check that could not run: facts it needs were not collected ({@code missing}), or the rule
 * looked and could not judge with what was collected ({@code reason}, from a {@link
 * org.wuhealth.rules.api.NotChecked} verdict).
 *
 * @param missing the requirements that were not met, or the facts the rule found unknown on this
 *     host ("services[WsusService].state"); may be empty
 * @param reason why the rule could not judge with what was collected, or null
 */
public record SkippedCheck(String ruleId, String title, List<Requirement> missing, String reason) {
  public SkippedCheck {
    missing = List.copyOf(missing);
  }

  public SkippedCheck(String ruleId, String title, List<Requirement> missing) {
    this(ruleId, title, missing, null);
  }
}

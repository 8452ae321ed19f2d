package org.wuhealth.engine;

import java.util.List;

/**
 * A check that could not run because facts it needs were not collected.
 *
 * @param missing the snapshot paths that were missing ("a|b" when either would have done), or the
 *     facts the rule found unknown on this host ("services[WsusService].state")
 */
public record SkippedCheck(String ruleId, String title, List<String> missing) {
  public SkippedCheck {
    missing = List.copyOf(missing);
  }
}

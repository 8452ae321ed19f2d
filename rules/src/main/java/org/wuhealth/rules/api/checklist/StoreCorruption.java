package org.wuhealth.rules.api.checklist;

import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.ObservedCode;

/**
 * The evidence of CHK-CHECKSUR and CHK-DISM-RESTOREHEALTH, which find a damaged component store
 * (WinSxS) on different releases: what the health check found and the servicing errors that mean
 * damage. Which errors count, and how confident the finding is, are the rules' conditions.
 */
public final class StoreCorruption {
  /** The health check's own lines quoted, enough to show what it found. */
  private static final int STORE_LINES = 3;

  private StoreCorruption() {}

  /**
   * @param store the collected health check, or null
   * @param codes the errors that mean damage, in code order
   */
  public static List<String> evidence(ComponentStore store, List<ObservedCode> codes, HostOs host) {
    List<String> lines = new ArrayList<>();
    ComponentStoreHealth health = store == null ? null : store.health();
    if (health != null) {
      lines.add("component store health check: " + health.wire());
      if (store.evidence() != null) {
        store.evidence().stream().limit(STORE_LINES).map(e -> "  " + e).forEach(lines::add);
      }
    }
    if (health == ComponentStoreHealth.NON_REPAIRABLE) {
      lines.add(
          "the check reports damage it cannot repair from the local store: the repair needs a"
              + " source of the same build (installation media or a repair share)");
    }
    for (ObservedCode c : codes) {
      lines.add(c.line());
    }
    if (health == ComponentStoreHealth.HEALTHY) {
      lines.add(
          "the health check found the store healthy; the errors may come from a damaged package"
              + " rather than the store");
    }
    lines.add("the host runs " + host.describe());
    return lines;
  }
}

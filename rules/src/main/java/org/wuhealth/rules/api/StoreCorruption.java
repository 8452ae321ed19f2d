package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.knowledge.ErrorCause;

/**
 * Evidence that the component store (WinSxS) is damaged: a health check that found it repairable or
 * non-repairable, or servicing errors that mean corruption reported by an install attempt or a
 * Windows Update or servicing log.
 *
 * @param store the collected health check, or null
 * @param codes the corruption codes seen
 * @param missing when not null, nothing was found: a health check was collected but its verdict is
 *     unknown, so the store could not be judged
 */
public record StoreCorruption(ComponentStore store, List<ObservedCode> codes, String missing) {

  /**
   * TRUST_E_NOSIGNATURE: on an install attempt it means a catalog or signature of the package is
   * missing, which the troubleshooting guide treats as component store damage (elsewhere it is a
   * plain certificate error).
   */
  static final String MISSING_SIGNATURE = "0x800B0100";

  private static final int STORE_LINES = 3;

  public StoreCorruption {
    codes = List.copyOf(codes);
  }

  public StoreCorruption(ComponentStore store, List<ObservedCode> codes) {
    this(store, codes, null);
  }

  /** False when the store could not be judged ({@link #missing()} says why). */
  public boolean checked() {
    return missing == null;
  }

  /** The corruption found, or an empty list when there is none. */
  public static List<StoreCorruption> assess(List<ComponentStore> stores, List<ObservedCode> seen) {
    ComponentStore store = stores.isEmpty() ? null : stores.get(0);
    List<ObservedCode> codes =
        ObservedCode.sorted(seen).stream()
            .filter(
                c ->
                    c.failure()
                        && (c.cause() == ErrorCause.CORRUPTION
                            ? c.fromUpdates()
                            : MISSING_SIGNATURE.equals(c.code()) && !c.attempts().isEmpty()))
            .toList();
    if (!damaged(store) && codes.isEmpty()) {
      boolean verdictUnknown =
          store != null
              && (store.health() == null || store.health() == ComponentStoreHealth.UNKNOWN);
      return verdictUnknown
          ? List.of(new StoreCorruption(store, List.of(), "componentStore.health"))
          : List.of();
    }
    return List.of(new StoreCorruption(store, codes));
  }

  private static boolean damaged(ComponentStore store) {
    return store != null
        && (store.health() == ComponentStoreHealth.REPAIRABLE
            || store.health() == ComponentStoreHealth.NON_REPAIRABLE);
  }

  public boolean nonRepairable() {
    return store != null && store.health() == ComponentStoreHealth.NON_REPAIRABLE;
  }

  /** True when a health check found the store damaged (repairable or not). */
  public boolean checkFoundDamage() {
    return damaged(store);
  }

  /** True when a health check found the store healthy, so only the errors speak for damage. */
  public boolean checkFoundHealthy() {
    return store != null && store.health() == ComponentStoreHealth.HEALTHY;
  }

  public List<String> evidence(HostOs host) {
    List<String> lines = new ArrayList<>();
    if (store != null && store.health() != null) {
      lines.add("component store health check: " + store.health().wire());
      if (store.evidence() != null) {
        store.evidence().stream().limit(STORE_LINES).map(e -> "  " + e).forEach(lines::add);
      }
    }
    if (nonRepairable()) {
      lines.add(
          "the check reports damage it cannot repair from the local store: the repair needs a"
              + " source of the same build (installation media or a repair share)");
    }
    for (ObservedCode c : codes) {
      lines.add(c.line());
    }
    if (checkFoundHealthy()) {
      lines.add(
          "the health check found the store healthy; the errors may come from a damaged package"
              + " rather than the store");
    }
    lines.add("the host runs " + host.describe());
    return lines;
  }
}

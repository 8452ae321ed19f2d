package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallVia;

class StoreCorruptionTest {
  private static final List<ObservedCode> STORE_CORRUPT =
      Facts.observed(
          List.of(Facts.attempt("KB1", AttemptResult.FAILED, "0x80073712", InstallVia.WU, null)),
          List.of());

  private static ComponentStore store(ComponentStoreHealth health) {
    return new ComponentStore(health, List.of());
  }

  @Test
  void aDamagedStoreIsCertain() {
    StoreCorruption c =
        StoreCorruption.assess(List.of(store(ComponentStoreHealth.NON_REPAIRABLE)), List.of())
            .get(0);
    assertTrue(c.checkFoundDamage());
    assertTrue(c.nonRepairable());
  }

  @Test
  void corruptionErrorsCountEvenWhenACheckFoundTheStoreHealthy() {
    StoreCorruption errorsOnly = StoreCorruption.assess(List.of(), STORE_CORRUPT).get(0);
    assertFalse(errorsOnly.checkFoundDamage());
    assertFalse(errorsOnly.checkFoundHealthy());
    StoreCorruption contradicted =
        StoreCorruption.assess(List.of(store(ComponentStoreHealth.HEALTHY)), STORE_CORRUPT).get(0);
    assertTrue(contradicted.checkFoundHealthy());
  }

  @Test
  void aMissingSignatureCountsOnlyOnAnInstallAttempt() {
    List<ObservedCode> onAttempt =
        Facts.observed(
            List.of(
                Facts.attempt("KB1", AttemptResult.FAILED, "0x800B0100", InstallVia.WUSA, null)),
            List.of());
    List<ObservedCode> inAnEvent =
        Facts.observed(
            List.of(),
            List.of(Facts.event(EventSource.WINDOWS_UPDATE_CLIENT, "0x800B0100", "x", null)));
    assertEquals(1, StoreCorruption.assess(List.of(), onAttempt).size());
    assertEquals(List.of(), StoreCorruption.assess(List.of(), inAnEvent));
  }

  @Test
  void nothingWithoutEvidence() {
    List<ObservedCode> otherProduct =
        Facts.observed(
            List.of(), List.of(Facts.event(EventSource.APPLICATION, "0x80073712", "x", null)));
    assertEquals(
        List.of(),
        StoreCorruption.assess(List.of(store(ComponentStoreHealth.HEALTHY)), otherProduct));
  }
}

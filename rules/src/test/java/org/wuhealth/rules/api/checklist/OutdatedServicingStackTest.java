package org.wuhealth.rules.api.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.rules.api.Facts;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;
import org.wuhealth.rules.api.ObservedCode;

class OutdatedServicingStackTest {
  private static final Knowledge KB = Knowledge.get().asOf(java.time.LocalDate.of(2026, 11, 20));

  @Test
  void anOldVersionProvesItAndAnOldUpdateListSuggestsIt() {
    HostOs ws2016 = Facts.host(14393, "10.0");
    var byVersion =
        OutdatedServicingStack.assess(
            KB,
            ws2016,
            Facts.inventory(),
            List.of(new ServicingStack("10.0.14393.4000")),
            List.of());
    assertTrue(byVersion.get(0).proven());
    var byList =
        OutdatedServicingStack.assess(
            KB, ws2016, Facts.inventory("KB4565912"), List.of(), List.of());
    assertFalse(byList.get(0).proven());
    assertFalse(byList.get(0).listHasUnknownUpdates());
  }

  @Test
  void anUnusableUpdateListProvesNothingAndSaysSo() {
    HostOs ws2016 = Facts.host(14393, "10.0");
    InstalledInventory cutShort = Facts.inventory(false, "KB4565912");
    var verdict = OutdatedServicingStack.assess(KB, ws2016, cutShort, List.of(), List.of());
    assertFalse(verdict.get(0).outdated());
    assertTrue(verdict.get(0).notChecked().contains("cut short"), verdict.toString());
    InstalledInventory unknown = new InstalledInventory(false, true, List.of(), List.of());
    assertFalse(
        OutdatedServicingStack.assess(KB, ws2016, unknown, List.of(), List.of()).get(0).outdated());
  }

  @Test
  void theRequiredStackErrorCountsEvenWhereTheStackShipsWithTheCumulativeUpdate() {
    HostOs ws2022 = Facts.host(20348, "10.0");
    List<ObservedCode> required =
        Facts.observed(
            List.of(Facts.attempt("KB1", AttemptResult.FAILED, "0x800F0823", InstallVia.WU, null)),
            List.of());
    var found = OutdatedServicingStack.assess(KB, ws2022, Facts.inventory(), List.of(), required);
    assertTrue(found.get(0).proven());
    assertTrue(found.get(0).evidence(ws2022).stream().anyMatch(l -> l.contains("ships inside")));
    assertEquals(
        List.of(),
        OutdatedServicingStack.assess(KB, ws2022, Facts.inventory(), List.of(), List.of()));
  }
}

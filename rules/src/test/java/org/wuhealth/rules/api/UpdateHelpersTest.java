package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.ScanSource;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.knowledge.KbNumbers;

/** The rule-facing helpers for the not-receiving and unexpected-update rules. */
class UpdateHelpersTest {
  @Test
  void anEndpointOtherThanWindowsUpdate() {
    assertEquals(
        List.of("policy UseWUServer=1 points the client at https://wsus01:8531 (WUServer)"),
        UpdateEndpoint.otherThanWindowsUpdate(
            Facts.wu(Facts.policy(true, " https://wsus01:8531 ", null, null), null, null, null)));
    assertTrue(
        UpdateEndpoint.otherThanWindowsUpdate(
                Facts.wu(Facts.policy(true, "", null, null), null, null, null))
            .isEmpty(),
        "an empty WUServer is GEN-WUSERVER-MISSING, not another endpoint");
    LastScan wsusScan = new LastScan(null, ScanResult.SUCCEEDED, ScanSource.WSUS);
    assertEquals(
        1, UpdateEndpoint.otherThanWindowsUpdate(Facts.wu(null, null, wsusScan, null)).size());
    assertFalse(UpdateEndpoint.byPolicy(Facts.wu(null, null, wsusScan, null)));
  }

  @Test
  void anUpdateInstalledAfterTheLastBootAwaitsARestart() {
    InstalledInventory inventory =
        new InstalledInventory(
            true,
            true,
            List.of(
                new InstalledUpdate("KB1", LocalDate.parse("2026-11-19"), null, UpdateSource.QFE),
                new InstalledUpdate("KB2", LocalDate.parse("2026-11-02"), null, UpdateSource.QFE)),
            List.of(
                new CbsPackage(
                    "Package_for_RollupFix~31bf3856ad364e35~amd64~~1.0",
                    "KB3",
                    PackageState.INSTALL_PENDING)));
    Instant boot = Instant.parse("2026-11-02T03:10:00Z");
    assertTrue(inventory.awaitsRestart("KB1", boot));
    assertFalse(inventory.awaitsRestart("KB2", boot), "same day as the boot: not counted");
    assertTrue(inventory.awaitsRestart("KB3", boot), "InstallPending");
    assertFalse(inventory.awaitsRestart("KB1", null), "no boot time, no verdict");
    assertEquals(List.of("KB1", "KB2", "KB3"), List.copyOf(inventory.kbsIncludingPending()));
    assertFalse(inventory.has("KB3"));
  }

  @Test
  void theHighestKbNumberCountsWhatIsInstalledAndWhatAwaitsARestartOnly() {
    InstalledInventory inventory =
        new InstalledInventory(
            true,
            true,
            List.of(
                new InstalledUpdate("KB890830", null, null, UpdateSource.QFE),
                new InstalledUpdate("KB5000001", null, null, UpdateSource.QFE)),
            List.of(
                new CbsPackage(
                    "Package_for_KB5000002~31bf3856ad364e35~amd64~~1.0",
                    "KB5000002",
                    PackageState.INSTALL_PENDING),
                // staged and then replaced: its merged state is not InstallPending
                new CbsPackage(
                    "Package_for_KB5000009~31bf3856ad364e35~amd64~~1.0",
                    "KB5000009",
                    PackageState.INSTALL_PENDING),
                new CbsPackage(
                    "Package_for_KB5000009~31bf3856ad364e35~amd64~~1.1",
                    "KB5000009",
                    PackageState.SUPERSEDED),
                new CbsPackage(
                    "Package_for_KB5000007~31bf3856ad364e35~amd64~~1.0",
                    "KB5000007",
                    PackageState.STAGED)));
    KbNumbers numbers = inventory.kbNumbersIncludingPending();
    Set<String> numbered = new HashSet<>();
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(Kb.number(numbers.kb(i)), numbers.number(i));
      numbered.add(numbers.kb(i));
    }
    assertEquals(Set.copyOf(inventory.kbsIncludingPending()), numbered);
    assertEquals(numbers.size(), numbered.size(), "each KB once");
    assertEquals(5000002, numbers.highest());
    assertEquals(
        0,
        new InstalledInventory(true, true, List.of(), List.of())
            .kbNumbersIncludingPending()
            .highest());
  }
}

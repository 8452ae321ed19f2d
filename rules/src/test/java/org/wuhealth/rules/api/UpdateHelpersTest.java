package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.DeploymentState;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.ScanSource;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.facts.WindowsUpdate;

/** The rule-facing helpers for the not-receiving and unexpected-update rules. */
class UpdateHelpersTest {
  private static final Instant NOW = Instant.parse("2026-11-20T08:15:00Z");
  private static final Deployment QUALITY =
      new Deployment("KB5130125", DeploymentCategory.QUALITY, DeploymentState.OFFERING, false);

  private static UpdatePolicy policy(
      Boolean useWuServer, String server, Instant pauseQuality, Instant pauseFeature) {
    return UpdatePolicy.builder()
        .wuServer(server)
        .wuStatusServer(server)
        .useWuServer(useWuServer)
        .noAutoUpdate(false)
        .auOptions(4)
        .pauseQualityUpdatesStartTime(pauseQuality)
        .pauseFeatureUpdatesStartTime(pauseFeature)
        .disableWufbSafeguards(false)
        .build();
  }

  private static WindowsUpdate wu(
      UpdatePolicy policy, PauseState pause, LastScan scan, List<Deployment> deployments) {
    return WindowsUpdate.builder()
        .policy(policy)
        .pause(pause)
        .lastScan(scan)
        .safeguardHolds(List.of())
        .deployments(deployments)
        .build();
  }

  @Test
  void aPolicyPauseLasts35DaysFromItsStart() {
    Instant start = Instant.parse("2026-11-10T00:00:00Z");
    List<ActivePause> active =
        UpdatePauses.active(wu(policy(false, null, start, null), null, null, null), NOW, 35);
    assertEquals(1, active.size());
    assertEquals(DeploymentCategory.QUALITY, active.get(0).category());
    assertEquals(Instant.parse("2026-12-15T00:00:00Z"), active.get(0).until());
    assertTrue(active.get(0).byPolicy());
    assertTrue(
        UpdatePauses.active(
                wu(
                    policy(false, null, Instant.parse("2026-10-01T00:00:00Z"), null),
                    null,
                    null,
                    null),
                NOW,
                35)
            .isEmpty(),
        "ended on 2026-11-05");
    assertTrue(
        UpdatePauses.active(
                wu(
                    policy(false, null, null, Instant.parse("2026-11-21T00:00:00Z")),
                    null,
                    null,
                    null),
                NOW,
                35)
            .isEmpty(),
        "starts tomorrow");
  }

  @Test
  void aSettingsPauseLastsUntilItsEndTime() {
    PauseState pause = new PauseState(null, Instant.parse("2026-12-05T00:00:00Z"));
    List<ActivePause> active = UpdatePauses.active(wu(null, pause, null, null), NOW, 35);
    assertEquals(
        List.of(DeploymentCategory.FEATURE), active.stream().map(ActivePause::category).toList());
    assertFalse(active.get(0).byPolicy());
    assertTrue(
        UpdatePauses.active(
                wu(null, new PauseState(Instant.parse("2026-11-20T08:00:00Z"), null), null, null),
                NOW,
                35)
            .isEmpty());
  }

  @Test
  void scanProblems() {
    RuleSettings week = RuleSettings.DEFAULT;
    LastScan fresh =
        new LastScan(
            Instant.parse("2026-11-20T06:00:00Z"), ScanResult.SUCCEEDED, ScanSource.WINDOWS_UPDATE);
    assertTrue(ScanHealth.problems(wu(null, null, fresh, List.of(QUALITY)), NOW, week).isEmpty());

    LastScan failed = new LastScan(fresh.time(), ScanResult.FAILED, ScanSource.WINDOWS_UPDATE);
    List<ScanProblem> p = ScanHealth.problems(wu(null, null, failed, null), NOW, week);
    assertEquals(1, p.size());
    assertFalse(p.get(0).inferred());
    assertFalse(p.get(0).minor());

    LastScan old =
        new LastScan(
            Instant.parse("2026-11-12T08:00:00Z"), ScanResult.SUCCEEDED, ScanSource.WINDOWS_UPDATE);
    assertEquals(1, ScanHealth.problems(wu(null, null, old, null), NOW, week).size(), "8 days");
    assertTrue(ScanHealth.problems(wu(null, null, old, null), NOW, new RuleSettings(10)).isEmpty());

    UpdatePolicy wsus = policy(true, "https://wsus01:8531", null, null);
    List<ScanProblem> client = ScanHealth.problems(wu(wsus, null, failed, null), NOW, week);
    assertTrue(client.get(0).minor(), "a WSUS client's failing scan is told by the WSUS rules");

    List<ScanProblem> elsewhere =
        ScanHealth.problems(wu(wsus, null, fresh, List.of(QUALITY)), NOW, week);
    assertEquals(1, elsewhere.size());
    assertTrue(elsewhere.get(0).inferred());
    assertTrue(elsewhere.get(0).evidence().contains("https://wsus01:8531"), elsewhere.toString());
  }

  @Test
  void anEndpointOtherThanWindowsUpdate() {
    assertEquals(
        List.of("policy UseWUServer=1 points the client at https://wsus01:8531 (WUServer)"),
        UpdateEndpoint.otherThanWindowsUpdate(
            wu(policy(true, " https://wsus01:8531 ", null, null), null, null, null)));
    assertTrue(
        UpdateEndpoint.otherThanWindowsUpdate(wu(policy(true, "", null, null), null, null, null))
            .isEmpty(),
        "an empty WUServer is GEN-WUSERVER-MISSING, not another endpoint");
    LastScan wsusScan = new LastScan(null, ScanResult.SUCCEEDED, ScanSource.WSUS);
    assertEquals(1, UpdateEndpoint.otherThanWindowsUpdate(wu(null, null, wsusScan, null)).size());
    assertFalse(UpdateEndpoint.byPolicy(wu(null, null, wsusScan, null)));
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
}

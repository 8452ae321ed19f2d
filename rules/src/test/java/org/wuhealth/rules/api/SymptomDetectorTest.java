package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.DeploymentState;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WindowsUpdate;

class SymptomDetectorTest {
  private static Snapshot snapshot(
      List<InstalledUpdate> updates, WindowsUpdate wu, List<InstallAttempt> attempts) {
    return new Snapshot(
        1,
        Instant.parse("2026-11-20T08:15:00Z"),
        null,
        null,
        new OsInfo(null, "10.0", 14393, null, null, null, null, null, null, null),
        updates,
        null,
        null,
        null,
        null,
        wu,
        null,
        attempts,
        null,
        null,
        null,
        null);
  }

  private static List<String> observed(Snapshot s) {
    return SymptomDetector.observe(s, FactAssembler.inventory(s)).stream()
        .map(ObservedSymptom::describe)
        .toList();
  }

  @Test
  void notApplicableAttemptsAndUninstalledDeployments() {
    WindowsUpdate wu =
        new WindowsUpdate(
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new Deployment(
                    "KB5120418", DeploymentCategory.QUALITY, DeploymentState.OFFERING, false)),
            null);
    Snapshot s =
        snapshot(
            List.of(new InstalledUpdate("KB5099535", null, null, null)),
            wu,
            List.of(
                new InstallAttempt(
                    null, "x.msu", null, null, AttemptResult.NOT_APPLICABLE, null, null)));
    assertEquals(
        List.of(
            "not-applicable (observed: 1 install attempt reported not applicable)",
            "not-receiving (observed: deployed KB5120418 not installed)"),
        observed(s));
  }

  @Test
  void connectionCodesCountOnlyForWsusClients() {
    InstallAttempt timeout =
        new InstallAttempt(null, null, null, null, AttemptResult.FAILED, "0x80072EE2", null);
    WindowsUpdate direct =
        new WindowsUpdate(
            new UpdatePolicy(null, null, false, null, null, null, null, null, null, null, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertEquals(List.of(), observed(snapshot(List.of(), direct, List.of(timeout))));
    WindowsUpdate wsus =
        new WindowsUpdate(
            new UpdatePolicy(
                "http://wsus:8530", null, true, null, null, null, null, null, null, null, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertEquals(
        List.of("wsus-connection (observed: the client uses a WSUS server and logged 0x80072EE2)"),
        observed(snapshot(List.of(), wsus, List.of(timeout))));
  }
}

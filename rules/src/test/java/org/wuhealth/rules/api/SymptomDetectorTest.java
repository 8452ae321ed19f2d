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
    return Snapshot.builder()
        .collectedAt(Instant.parse("2026-11-20T08:15:00Z"))
        .os(OsInfo.builder().version("10.0").build(14393).build())
        .updates(updates)
        .windowsUpdate(wu)
        .installAttempts(attempts)
        .build();
  }

  private static List<String> observed(Snapshot s) {
    return SymptomDetector.observe(s, FactAssembler.inventory(s)).stream()
        .map(ObservedSymptom::describe)
        .toList();
  }

  @Test
  void notApplicableAttemptsAndUninstalledDeployments() {
    WindowsUpdate wu =
        WindowsUpdate.builder()
            .deployments(
                List.of(
                    new Deployment(
                        "KB5120418", DeploymentCategory.QUALITY, DeploymentState.OFFERING, false)))
            .build();
    Snapshot s =
        snapshot(
            List.of(new InstalledUpdate("KB5099535", null, null, null)),
            wu,
            List.of(
                InstallAttempt.builder()
                    .packageName("x.msu")
                    .result(AttemptResult.NOT_APPLICABLE)
                    .build()));
    assertEquals(
        List.of(
            "not-applicable (observed: 1 install attempt reported not applicable)",
            "not-receiving (observed: deployed KB5120418 not installed)"),
        observed(s));
  }

  @Test
  void connectionCodesCountOnlyForWsusClients() {
    InstallAttempt timeout =
        InstallAttempt.builder().result(AttemptResult.FAILED).code("0x80072EE2").build();
    WindowsUpdate direct =
        WindowsUpdate.builder().policy(UpdatePolicy.builder().useWuServer(false).build()).build();
    assertEquals(List.of(), observed(snapshot(List.of(), direct, List.of(timeout))));
    WindowsUpdate wsus =
        WindowsUpdate.builder()
            .policy(UpdatePolicy.builder().wuServer("http://wsus:8530").useWuServer(true).build())
            .build();
    assertEquals(
        List.of("wsus-connection (observed: the client uses a WSUS server and logged 0x80072EE2)"),
        observed(snapshot(List.of(), wsus, List.of(timeout))));
  }
}

package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.ScanSource;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;

class UpdateServiceProblemTest {
  private static final List<LastScan> FAILED_SCAN =
      List.of(
          new LastScan(Instant.parse("2026-11-20T07:00:00Z"), ScanResult.FAILED, ScanSource.WSUS));

  private static ServiceInfo service(String name, ServiceState state, StartType start) {
    return new ServiceInfo(name, null, state, start);
  }

  @Test
  void disabledIsAlwaysAProblem() {
    var p =
        UpdateServiceProblem.assess(
                service("WUAUSERV", ServiceState.STOPPED, StartType.DISABLED),
                List.of(),
                List.of(),
                List.of())
            .get(0);
    assertTrue(p.disabled());
    assertTrue(p.checked());
  }

  @Test
  void automaticButStoppedCountsOnlyWhileUpdatesFail() {
    ServiceInfo crypt = service("CryptSvc", ServiceState.STOPPED, StartType.AUTOMATIC);
    assertEquals(1, UpdateServiceProblem.assess(crypt, FAILED_SCAN, List.of(), List.of()).size());
    assertEquals(
        1,
        UpdateServiceProblem.assess(
                crypt,
                List.of(),
                List.of(Facts.attempt("KB1", AttemptResult.FAILED, null, InstallVia.WU, null)),
                List.of())
            .size());
    List<LastScan> succeeded =
        List.of(new LastScan(Instant.parse("2026-11-20T06:00:00Z"), ScanResult.SUCCEEDED, null));
    assertEquals(List.of(), UpdateServiceProblem.assess(crypt, succeeded, List.of(), List.of()));
    assertEquals(
        "windowsUpdate.lastScan",
        UpdateServiceProblem.assess(crypt, List.of(), List.of(), List.of()).get(0).missing(),
        "nothing says whether updates fail: not checked");
  }

  @Test
  void aServiceListedWithoutItsStateOrStartTypeIsNotJudged() {
    assertEquals(
        "services[CryptSvc].state",
        UpdateServiceProblem.assess(
                service("CryptSvc", ServiceState.UNKNOWN, StartType.AUTOMATIC),
                FAILED_SCAN,
                List.of(),
                List.of())
            .get(0)
            .missing());
    assertEquals(
        "services[wuauserv].startType",
        UpdateServiceProblem.assess(
                service("wuauserv", ServiceState.STOPPED, StartType.UNKNOWN),
                FAILED_SCAN,
                List.of(),
                List.of())
            .get(0)
            .missing());
  }

  @Test
  void manualAndStoppedIsTheNormalRestingState() {
    for (String name : List.of("wuauserv", "TrustedInstaller", "BITS")) {
      assertEquals(
          List.of(),
          UpdateServiceProblem.assess(
              service(name, ServiceState.STOPPED, StartType.MANUAL),
              FAILED_SCAN,
              List.of(),
              List.of()));
    }
  }

  @Test
  void onlyTheClientServicesAreWatched() {
    assertTrue(UpdateServiceProblem.watched("bits"));
    assertFalse(UpdateServiceProblem.watched("W3SVC"));
    assertEquals(
        List.of(),
        UpdateServiceProblem.assess(
            service("W3SVC", ServiceState.STOPPED, StartType.DISABLED),
            List.of(),
            List.of(),
            List.of()));
  }
}

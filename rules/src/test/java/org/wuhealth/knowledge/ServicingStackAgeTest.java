package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServicingStackAgeTest {
  private static final LocalDate NOV_2026 = LocalDate.of(2026, 11, 20);
  private final Knowledge kb = Knowledge.get().asOf(NOV_2026);

  private OsRelease release(String id) {
    return kb.os().byId(id).orElseThrow();
  }

  private ServicingStackAge.Check check(
      Knowledge k, String release, String version, InstalledSet i, Integer ubr) {
    OsRelease r = release(release);
    return ServicingStackAge.assess(k, r, version, i, r.sortedBuilds().get(0), ubr);
  }

  private ServicingStackAge outdated(String release, String version, InstalledSet i) {
    ServicingStackAge.Check c = check(kb, release, version, i, null);
    assertNotNull(c.outdated(), c.toString());
    return c.outdated();
  }

  private boolean current(
      Knowledge k, String release, String version, InstalledSet i, Integer ubr) {
    ServicingStackAge.Check c = check(k, release, version, i, ubr);
    return c.outdated() == null && c.notChecked() == null;
  }

  @Test
  void aVersionOlderThanAKnownSsuIsOutdated() {
    var age = outdated("ws2012r2", "6.3.9600.16660", InstalledKbs.of());
    assertEquals("version", age.basis());
    assertEquals("KB5044410", age.latest().kb(), "the latest trusted 2012 R2 SSU");
    assertTrue(
        age.reason().get(0).contains("older than 6.3.9600.20617 that KB5018922"),
        age.reason().toString());
  }

  @Test
  void aCurrentVersionWinsOverAnIncompleteUpdateList() {
    assertTrue(current(kb, "ws2012r2", "6.3.9600.20730", InstalledKbs.of(), null));
    assertTrue(current(kb, "ws2016", "10.0.14393.9418", InstalledKbs.of(), null));
  }

  @Test
  void withoutAVersionTheInstalledSsusDecide() {
    var age = outdated("ws2016", null, InstalledKbs.of("KB4565912", "KB5120418"));
    assertEquals("updates", age.basis());
    assertTrue(
        age.reason().get(0).startsWith("the newest servicing stack update installed is KB4565912"));
    assertTrue(current(kb, "ws2016", null, InstalledKbs.of("KB5043124"), null));
    assertTrue(
        current(kb, "ws2016", null, InstalledKbs.of("KB5073447"), null),
        "a newer SSU from a less trusted row still counts as installed");
    assertTrue(
        outdated("ws2016", null, InstalledKbs.of())
            .reason()
            .get(0)
            .startsWith("no servicing stack update known for Windows Server 2016 is installed"));
  }

  @Test
  void nothingCanBeSaidWithoutVersionAndUpdateList() {
    assertNotNull(check(kb, "ws2016", null, null, null).notChecked());
    assertNotNull(
        check(kb, "ws2016", "not a version", null, null).notChecked(),
        "an unreadable version is ignored, not compared");
    assertNotNull(
        check(kb, "win10-1511", null, InstalledKbs.of(), null).notChecked(),
        "no servicing stack update is catalogued for 1511: not checked, never current");
  }

  @Test
  void aVersionOfAnotherBuildIsIgnored() {
    assertNotNull(check(kb, "ws2012r2", "10.0.14393.100", null, null).notChecked());
  }

  @Test
  void releasesWhoseStackAlwaysShippedWithTheCumulativeUpdateAreCurrent() {
    assertTrue(current(kb, "ws2022", null, InstalledKbs.of(), null));
    assertTrue(current(kb, "ws2025", "10.0.26100.1", InstalledKbs.of(), null));
    assertTrue(current(kb, "win11-24h2", null, InstalledKbs.of(), null));
  }

  /** Issue 12, defect 1: a 2019 host on a 2025 cumulative update without a standalone SSU. */
  @Test
  void server2019OnACumulativeUpdateFromSeptember2021OnHasACurrentStack() {
    assertTrue(
        current(kb, "ws2019", null, InstalledKbs.of("KB5066586"), null),
        "the October 2025 cumulative update carries the stack");
    assertTrue(
        current(kb, "ws2019", null, InstalledKbs.of(), 9121),
        "so does a running build from an update after the switch");
    assertTrue(
        current(kb, "ws2019", null, InstalledKbs.of("KB5005568"), null),
        "KB5005568 (2021-09-14) is the first combined cumulative update");
    var old = outdated("ws2019", null, InstalledKbs.of("KB5005030"));
    assertEquals("KB5005112", old.latest().kb());
    assertTrue(
        old.reason().stream()
            .anyMatch(
                l -> l.contains("ships inside the cumulative updates released from 2021-09-14")),
        old.reason().toString());
    assertTrue(current(kb, "ws2019", null, InstalledKbs.of("KB5005030", "KB5005112"), null));
  }

  /** Issue 12, defect 2: a capture from March 2019 is judged with what was known then. */
  @Test
  void theLatestServicingStackUpdateIsTheLatestOneKnownOnTheEvaluationDay() {
    Knowledge march2019 = Knowledge.get().asOf(LocalDate.of(2019, 3, 6));
    var age = check(march2019, "ws2019", null, InstalledKbs.of("KB4489899"), null).outdated();
    assertEquals("KB4470788", age.latest().kb(), "KB5005112 came out in 2021");
    assertTrue(age.reason().stream().anyMatch(l -> l.startsWith("as of 2019-03-06")));
    assertTrue(current(march2019, "ws2019", null, InstalledKbs.of("KB4470788"), null));
    assertTrue(
        age.reason().stream().noneMatch(l -> l.contains("KB5005112")), age.reason().toString());
  }

  @Test
  void anUnknownUpdateNumberedAfterTheLatestSsuWeakensTheJudgement() {
    var age =
        check(
                Knowledge.get().asOf(LocalDate.of(2019, 1, 24)),
                "win10-1809",
                null,
                InstalledKbs.of("KB4464455"),
                null)
            .outdated();
    assertNull(age.caveat(), "KB4464455 is below KB4470788");
    var weakened =
        check(
                Knowledge.get().asOf(LocalDate.of(2019, 1, 24)),
                "win10-1809",
                null,
                InstalledKbs.of("KB4480056"),
                null)
            .outdated();
    assertTrue(weakened.caveat().contains("KB4480056"), weakened.caveat());
  }
}

package org.wuhealth.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.UpdateSource;

/** How the assembly joins what two sources say about the same installs and updates. */
class SnapshotAssemblyTest {
  private static final Instant T = Instant.parse("2026-11-19T22:41:30Z");

  private static InstallAttempt attempt(String title, String kb, Instant time) {
    return InstallAttempt.builder()
        .time(time)
        .packageName(title)
        .kb(kb)
        .result(AttemptResult.FAILED)
        .code("0x80070643")
        .via(InstallVia.WU)
        .build();
  }

  /** The update list of a live snapshot fed the QFE list, then the CBS list. */
  private static List<InstalledUpdate> liveUpdates(
      List<InstalledUpdate> qfe, List<InstalledUpdate> cbs) {
    SnapshotAssembly snapshot = SnapshotAssembly.live();
    Origin live = new Origin("test", "live", null);
    snapshot.os(OsInfo.builder().version("6.3").build(9600).build(), live);
    for (List<InstalledUpdate> source : java.util.Arrays.asList(qfe, cbs)) {
      if (source != null) {
        snapshot.updatesCollected();
        source.forEach(u -> snapshot.update(u, live));
      }
    }
    return snapshot.build(T, null).updates();
  }

  @Test
  void oneInstallSeenByReportingEventsAndTheSystemLogIsOne() {
    assertTrue(
        SnapshotAssembly.sameInstall(
            attempt("2026-11 Cumulative Update (KB5130010)", "KB5130010", T),
            attempt("2026-11 Cumulative Update (KB5130010)", "KB5130010", T.plusSeconds(20))));
    // a driver has no KB: its title tells, whatever the case
    assertTrue(
        SnapshotAssembly.sameInstall(
            attempt("Contoso - Net - 1.2.3.4", null, T),
            attempt("CONTOSO - NET - 1.2.3.4", null, T.plusSeconds(5))));
    assertFalse(
        SnapshotAssembly.sameInstall(
            attempt("Contoso - Net - 1.2.3.4", null, T), attempt("Other driver", null, T)));
    assertFalse(
        SnapshotAssembly.sameInstall(attempt("x", "KB5130010", T), attempt("x", null, T)),
        "a KB on one side only: not known to be the same update");
    assertFalse(
        SnapshotAssembly.sameInstall(
            attempt("x", "KB5130010", T), attempt("x", "KB5130010", T.plusSeconds(120))),
        "two attempts minutes apart are two attempts");
  }

  @Test
  void reconciledByKbEachWithItsSource() {
    List<InstalledUpdate> qfe =
        List.of(
            new InstalledUpdate("KB3173424", null, "Security Update", UpdateSource.QFE),
            new InstalledUpdate(
                "KB2919355", LocalDate.parse("2014-03-18"), "Update", UpdateSource.QFE));
    List<InstalledUpdate> cbs =
        List.of(
            new InstalledUpdate("KB2919355", LocalDate.parse("2014-03-19"), null, UpdateSource.CBS),
            new InstalledUpdate("KB3173424", LocalDate.parse("2016-07-20"), null, UpdateSource.CBS),
            new InstalledUpdate("KB10000001", null, null, UpdateSource.CBS),
            new InstalledUpdate(
                "KB5048735", LocalDate.parse("2024-12-10"), null, UpdateSource.CBS));
    assertEquals(
        List.of(
            new InstalledUpdate(
                "KB2919355", LocalDate.parse("2014-03-18"), "Update", UpdateSource.QFE),
            new InstalledUpdate(
                "KB3173424", LocalDate.parse("2016-07-20"), "Security Update", UpdateSource.QFE),
            new InstalledUpdate("KB5048735", LocalDate.parse("2024-12-10"), null, UpdateSource.CBS),
            new InstalledUpdate("KB10000001", null, null, UpdateSource.CBS)),
        liveUpdates(qfe, cbs));
    assertEquals(qfe.size(), liveUpdates(qfe, null).size());
    assertNull(liveUpdates(null, null), "neither read: unknown");
  }
}

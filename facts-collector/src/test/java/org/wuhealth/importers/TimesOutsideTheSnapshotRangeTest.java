package org.wuhealth.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.SourceFile;
import org.wuhealth.parsing.TimeRange;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;
import org.wuhealth.snapshot.SnapshotWriter;

/**
 * A damaged export can carry a time that falls outside the years 0000 to 9999 once it is placed in
 * UTC (31 December 9999, 11 PM, at UTC-3) or read as a FILETIME or epoch count. The CI fuzzer found
 * the first in a systeminfo boot time: the import wrote a snapshot its own reader refused. Every
 * reader now treats such a time as unreadable; each case here wrote an unreadable snapshot before.
 */
class TimesOutsideTheSnapshotRangeTest {
  /** A real capture (WES-NG, BSD-3) of a host at UTC-03:00, which places the logs' local times. */
  private static final String BUENOS_AIRES = "10_1803_x64_enterprise_es-ar_20190307_systeminfo.txt";

  private static final String BOOTED = "3/7/2019, 7:54:07 AM";

  private static final Importer IMPORTER = new Importer(ImportLimits.DEFAULT);

  @Test
  void theRangeIsWhatTheSnapshotFormatWrites() {
    assertTrue(TimeRange.fits(Instant.parse("9999-12-31T23:59:59Z")));
    assertTrue(TimeRange.fits(Instant.parse("0000-01-01T00:00:00Z")));
    assertEquals(false, TimeRange.fits(Instant.parse("+10000-01-01T00:00:00Z")));
    assertEquals(false, TimeRange.fits(Instant.parse("-0001-12-31T23:59:59Z")));
    assertEquals(false, TimeRange.fits(LocalDate.of(30828, 9, 14)));
  }

  @Test
  void aBootTimeInTheYear10000IsLeftOut() throws Exception {
    Snapshot s = importedAndReadBack(buenosAires("12/31/9999, 11:54:07 PM"));
    assertNull(s.os().lastBootTime());
  }

  @Test
  void logLinesInTheYear10000AreNotEvents() throws Exception {
    String cbs =
        "9999-12-31 23:59:59, Error                 CBS    Failed to pin deployment while"
            + " resolving Update [HRESULT = 0x80073701 - ERROR_SXS_ASSEMBLY_MISSING]\r\n"
            + TestFiles.text("logs/CBS-2016.log");
    String windowsUpdate =
        "9999-12-31\t23:59:59:999\t 904\t1b3c\tPT\tWARNING: PTError: 0x80244007\r\n"
            + TestFiles.text("logs/WindowsUpdate-2012r2.log");
    Snapshot s =
        importedAndReadBack(
            buenosAires(BOOTED),
            TestFiles.file("CBS.log", cbs),
            TestFiles.file("WindowsUpdate.log", windowsUpdate));
    assertTrue(s.events().stream().noneMatch(e -> e.time().toString().startsWith("+")));
    assertTrue(!s.events().isEmpty(), "the other lines are still read");
  }

  @Test
  void aReportingEventsRecordInTheYear10000IsUnreadable() throws Exception {
    String log = TestFiles.text("logs/ReportingEvents-2016.log");
    String late = log.replaceFirst("2025-10-14 03:09:02:950-0400", "9999-12-31 23:09:02:950-0400");
    assertTrue(!late.equals(log));
    Snapshot s =
        importedAndReadBack(buenosAires(BOOTED), TestFiles.file("ReportingEvents.log", late));
    assertTrue(s.events().stream().noneMatch(e -> e.time().toString().startsWith("+")));
  }

  @Test
  void hotfixDatesBeyondTheYear9999AreUnknown() throws Exception {
    String qfe =
        TestFiles.text("qfe/wmic-qfe-2003-filetime.txt")
            .replace("01c77a4c3e8a1e00", "7fffffffffffffff");
    Snapshot wmic = importedAndReadBack(buenosAires(BOOTED), TestFiles.file("qfe.txt", qfe));
    assertNull(installedOn(wmic, "KB925902"));

    String json =
        TestFiles.text("qfe/get-hotfix-convertto-json.json")
            .replace("1473652800000", "999999999999999");
    Snapshot getHotfix =
        importedAndReadBack(buenosAires(BOOTED), TestFiles.file("hotfix.json", json));
    assertTrue(
        getHotfix.updates().stream()
            .noneMatch(u -> u.installedOn() != null && u.installedOn().getYear() > 9999));
  }

  @Test
  void aPauseTimeInTheYear10000IsUnknown() throws Exception {
    String reg =
        "Windows Registry Editor Version 5.00\r\n\r\n"
            + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate]\r\n"
            + "\"WUServer\"=\"http://wsus01:8530\"\r\n"
            + "\"PauseQualityUpdatesStartTime\"=\"9999-12-31T23:00:00-05:00\"\r\n";
    Snapshot s = importedAndReadBack(buenosAires(BOOTED), TestFiles.file("policy.reg", reg));
    assertNull(s.windowsUpdate().policy().pauseQualityUpdatesStartTime());
  }

  private static LocalDate installedOn(Snapshot s, String kb) {
    return s.updates().stream()
        .filter(u -> u.kb().equals(kb))
        .findFirst()
        .orElseThrow()
        .installedOn();
  }

  private static SourceFile buenosAires(String bootTime) {
    String text =
        new String(
            TestFiles.bytes(TestFiles.REAL_EXPORTS.resolve(BUENOS_AIRES)), StandardCharsets.UTF_8);
    String changed = text.replace(BOOTED, bootTime);
    return TestFiles.file("systeminfo.txt", changed);
  }

  /** The import's snapshot as the snapshot reader reads it back: what a batch would see. */
  private static Snapshot importedAndReadBack(SourceFile... files)
      throws ImportException, InputException {
    ImportResult result =
        IMPORTER.importFiles(
            "host",
            List.of(files),
            List.of(),
            new Importer.Options("test", null, TestFiles.COLLECTED));
    String json = SnapshotWriter.write(result.snapshot());
    return new SnapshotReader()
        .read("imported.json", json.getBytes(StandardCharsets.UTF_8))
        .snapshot();
  }
}

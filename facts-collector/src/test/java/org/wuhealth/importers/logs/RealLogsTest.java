package org.wuhealth.importers.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.parsing.ImportException;

/**
 * The parsers on real, published logs (real-logs/SOURCE.md names each file's source and licence):
 * routine lines give no event and are counted, failure lines give the code they carry, and the
 * component store check DISM writes into CBS.log is read.
 */
class RealLogsTest {
  static final Path REAL_LOGS = Path.of("src/test/resources/org/wuhealth/importers/real-logs");

  private static LogDigest cbs(String name) throws IOException, ImportException {
    try (InputStream in = Files.newInputStream(REAL_LOGS.resolve("cbs").resolve(name));
        LineReader lines = new LineReader(in)) {
      return CbsLogParser.parse(name, lines, ZoneOffset.UTC);
    }
  }

  private static LogDigest windowsUpdate(String name) throws IOException, ImportException {
    try (InputStream in = Files.newInputStream(REAL_LOGS.resolve("windowsupdate").resolve(name));
        LineReader lines = new LineReader(in)) {
      return WindowsUpdateLogParser.parse(name, lines, ZoneOffset.UTC);
    }
  }

  private static ReportingEventsParser.Result reportingEvents(String name)
      throws IOException, ImportException {
    try (InputStream in = Files.newInputStream(REAL_LOGS.resolve("reportingevents").resolve(name));
        LineReader lines = new LineReader(in)) {
      return ReportingEventsParser.parse(name, lines);
    }
  }

  private static Set<String> codes(LogDigest d) {
    return d.events().stream()
        .map(e -> e.fact().code())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * A Windows 7 CBS.log of 2,000 Info lines: SQM upload failures, manifest attribute warnings,
   * package probes, log backups, and CSI stack traces whose addresses look like codes. An engineer
   * finds nothing wrong in it; before this, it gave eight "unexplained error" findings.
   */
  @Test
  void aHealthyWindows7CbsLogGivesNoEventAndCountsItsRoutineLines() throws Exception {
    LogDigest d = cbs("loghub-windows7-CBS.log");
    assertEquals(2000, d.logLines());
    assertEquals(List.of(), d.events());
    assertEquals(
        Map.of(
            "SQM upload", 6L,
            "manifest attribute warning 0x800F080D", 448L,
            "package probe 0x800F0805", 18L,
            "log backup 0x80070001", 2L),
        d.routine(),
        "as many as grep counts the lines with a code: SQM 6 (E_FAIL), 0x800f080d 448,"
            + " 0x800f0805 18, backup log cab 2");
    assertNull(d.storeCheck());
  }

  @Test
  void codesComeOnlyFromPlacesThatCarryCodes() {
    String stack =
        "2016-09-28 04:30:31, Info                  CSI    00000002@2016/9/27:20:30:31.458"
            + " WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x7fed806eb5d"
            + " @0x7fefa006ade @0x7fef9fd2984 @0x7fef9f83665 @0xff83e97c @0xff83d799)";
    assertTrue(ErrorCodes.failure(stack).isEmpty(), "stack frames are no codes");
    assertTrue(
        ErrorCodes.failure("CSI    00000008 CSI Store 4991456 (0x00000000004c29e0) initialized")
            .isEmpty(),
        "an address is no code");
    assertTrue(
        ErrorCodes.failure("Loaded Servicing Stack v6.1.7601.23505 with Core: C:\\Windows")
            .isEmpty());
    assertEquals(
        "0x800F0831",
        ErrorCodes.failure(
                "Failed to resolve package [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]")
            .orElseThrow());
    assertEquals(
        "0x8024402F",
        ErrorCodes.failure("Exit code = 0x00000000, Result code = 0x8024402F (cV = x.0)")
            .orElseThrow());
    assertEquals(
        "0x80070002",
        ErrorCodes.failure("ResetPendingBlocks: Directory C:\\WINDOWS\\x failed, 0x80070002")
            .orElseThrow());
    assertEquals(
        "0x80073701",
        ErrorCodes.failure("WER: Generating failure report, status: 0x80073701, failure source")
            .orElseThrow());
  }

  /**
   * The output of Get-WindowsUpdateLog on a Windows 11 PC: 175 traced failures the agent recovered
   * from (app applicability probes 0x80070032, endpoint lookups 0x8024000E, cancelled downloads
   * 0x80240007, proxy retries 0x8024402C), and one scan that failed with 0x8024402F.
   */
  @Test
  void getWindowsUpdateLogOfWindows11KeepsTheFailedScanOnly() throws Exception {
    LogDigest d = windowsUpdate("windows11-Get-WindowsUpdateLog.log");
    assertEquals(4400, d.logLines());
    assertEquals(Set.of("0x8024402F"), codes(d));
    assertEquals(Map.of(WindowsUpdateLogParser.RECOVERED, 176L), d.routine());
    LogEvent exit = LogParsersTest.eventWith(d, "Exit code = 0x8024402F");
    assertEquals(Instant.parse("2024-04-12T01:39:39.3270568Z"), exit.time());
  }

  /** A failed self-update check, from Microsoft's article on 0x8024402C: every line counts. */
  @Test
  void aClassicLogOfAFailedScanGivesItsCode() throws Exception {
    LogDigest d = windowsUpdate("ms-docs-0x8024402c-WindowsUpdate.log");
    assertEquals(10, d.logLines());
    assertEquals(Set.of("0x8024402C"), codes(d));
    assertEquals(Map.of(), d.routine());
  }

  @Test
  void aClassicLogOfASuccessfulDownloadGivesNothing() throws Exception {
    LogDigest d = windowsUpdate("logjoint-classic-WindowsUpdate.log");
    assertEquals(10, d.logLines());
    assertEquals(List.of(), d.events());
    assertEquals(Map.of(), d.routine());
  }

  /**
   * Microsoft's 0x800F0831 article: three lines with the code, and "Store corruption, manifest
   * missing for package", CBS's words for the same damage without a code.
   */
  @Test
  void storeCorruptionLinesOfCbsLogGiveTheirCode() throws Exception {
    LogDigest d = cbs("ms-docs-0x800f0831-CBS.log");
    assertEquals(Set.of("0x800F0831"), codes(d));
    assertEquals(4, d.events().size(), "four kinds of line, each once");
    assertEquals(Map.of(), d.routine());
  }

  /** Microsoft's DISM /RestoreHealth summary: 4 detected, 1 repaired, source missing. */
  @Test
  void theComponentStoreCheckDismWritesIsRead() throws Exception {
    LogDigest d = cbs("ms-docs-dism-restorehealth-CBS.log");
    assertEquals(List.of(), d.events(), "the check is a fact, not an error line");
    ComponentStore store = d.storeCheck().fact();
    assertEquals(ComponentStoreHealth.NON_REPAIRABLE, store.health());
    assertEquals(2, d.storeCheck().line());
    assertEquals(
        List.of(
            "DISM check (log line 2): Detect and Repair, result 0x800f081f, 4 corruptions"
                + " detected, 1 repaired",
            "(p) CSI Payload Corrupt (n) amd64_microsoft-windows-a..modernappmanagement_31bf3856ad"
                + "364e35_10.0.19045.3636_none_23b3b3ece690d77b\\EnterpriseModernAppMgmtCSP.dll",
            "(p) CBS MUM Missing (n) Microsoft-Windows-Client-Features-Package~31bf3856ad364e35"
                + "~amd64~~10.0.19045.4291"),
        store.evidence());
  }

  @Test
  void reportingEventsOfASuccessfulScanGiveNoEvent() throws Exception {
    ReportingEventsParser.Result r = reportingEvents("logjoint-ReportingEvents.log");
    assertEquals(2, r.records());
    assertEquals(List.of(), r.events());
    assertEquals(ScanResult.SUCCEEDED, r.lastScan().fact().result());
    assertEquals(Instant.parse("2013-01-27T09:55:33.171Z"), r.lastScan().fact().time());
  }

  @Test
  void reportingEventsOfAFailedScanGiveItsCode() throws Exception {
    ReportingEventsParser.Result r = reportingEvents("ms-docs-0x8024002e-ReportingEvents.log");
    assertEquals(1, r.records());
    assertEquals(ScanResult.FAILED, r.lastScan().fact().result());
    assertEquals("0x8024002E", r.events().get(0).fact().code());
    assertEquals(Integer.valueOf(148), r.events().get(0).fact().eventId());
  }

  /** Every real log here is tested; one added to the folder fails until it is. */
  @Test
  void everyRealLogIsTested() throws IOException {
    try (Stream<Path> files = Files.walk(REAL_LOGS)) {
      List<String> logs =
          files
              .filter(p -> p.toString().endsWith(".log"))
              .map(p -> REAL_LOGS.relativize(p).toString())
              .sorted()
              .toList();
      assertEquals(
          List.of(
              "cbs/loghub-windows7-CBS.log",
              "cbs/ms-docs-0x800f0831-CBS.log",
              "cbs/ms-docs-dism-restorehealth-CBS.log",
              "reportingevents/logjoint-ReportingEvents.log",
              "reportingevents/ms-docs-0x8024002e-ReportingEvents.log",
              "windowsupdate/logjoint-classic-WindowsUpdate.log",
              "windowsupdate/ms-docs-0x8024402c-WindowsUpdate.log",
              "windowsupdate/windows11-Get-WindowsUpdateLog.log"),
          logs);
    }
  }
}

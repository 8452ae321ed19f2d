package org.wuhealth.importers.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.IisErrorCount;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.parsing.ImportException;

class LogParsersTest {
  private static LineReader lines(String capture) throws Exception {
    return new LineReader(new ByteArrayInputStream(TestFiles.capture(capture)));
  }

  private static LineReader lines(String text, boolean utf8) throws Exception {
    return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The first event of the digest whose message contains {@code part}; there must be one. */
  static LogEvent eventWith(LogDigest d, String part) {
    return d.events().stream()
        .map(Lined::fact)
        .filter(e -> e.message().contains(part))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event contains " + part));
  }

  @Test
  void reportingEventsOfWindows10FamilyInUtf16() throws Exception {
    LineReader in = lines("logs/ReportingEvents-2016.log");
    ReportingEventsParser.Result r = ReportingEventsParser.parse("re", in);
    assertEquals("UTF-16LE with BOM", in.encoding());
    assertEquals(6, r.records());
    assertEquals(1, r.unreadable(), "the cut-off last line");
    assertEquals(7, r.firstUnreadable());
    assertEquals(
        List.of(
            new Lined<>(
                InstallAttempt.builder()
                    .time(Instant.parse("2025-10-14T07:21:37.007Z"))
                    .packageName(
                        "2025-10 Cumulative Update for Windows Server 2016 for x64-based Systems (KB5066836)")
                    .kb("KB5066836")
                    .architecture(Architecture.X64)
                    .result(AttemptResult.FAILED)
                    .code("0x80073701")
                    .via(InstallVia.WU)
                    .build(),
                4),
            new Lined<>(
                InstallAttempt.builder()
                    .time(Instant.parse("2025-10-14T07:22:05.601Z"))
                    .packageName(
                        "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.439.213.0)")
                    .kb("KB2267602")
                    .result(AttemptResult.SUCCEEDED)
                    .via(InstallVia.WU)
                    .build(),
                5)),
        r.attempts());
    assertEquals(
        List.of("0x80244019", "0x80073701", "0x8024402C"),
        r.events().stream().map(e -> e.fact().code()).toList());
    assertEquals(Integer.valueOf(161), r.events().get(0).fact().eventId());
    assertEquals(
        new Lined<>(
            new LastScan(Instant.parse("2025-10-15T07:05:44.120Z"), ScanResult.FAILED, null), 6),
        r.lastScan());
    assertEquals(ZoneOffset.ofHours(-4), r.lastOffset());
  }

  @Test
  void reportingEventsOfWindows7FamilyWithBareIds() throws Exception {
    ReportingEventsParser.Result r =
        ReportingEventsParser.parse("re", lines("logs/ReportingEvents-2008r2.log"));
    assertEquals(4, r.records());
    assertEquals(0, r.unreadable());
    assertEquals(
        List.of(AttemptResult.FAILED, AttemptResult.SUCCEEDED, AttemptResult.NOT_APPLICABLE),
        r.attempts().stream().map(a -> a.fact().result()).toList());
    InstallAttempt notApplicable = r.attempts().get(2).fact();
    assertEquals("KB4489878", notApplicable.kb());
    assertEquals(Architecture.X64, notApplicable.architecture());
    assertEquals("0x80240017", notApplicable.code());
    assertEquals(Instant.parse("2019-03-12T09:01:22.456Z"), r.lastScan().fact().time());
  }

  @Test
  void reportingEventsKeepsTheNewestAndSaysHowManyItDropped() throws Exception {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < ReportingEventsParser.MAX_KEPT + 20; i++) {
      log.append(
          String.format(
              "{00000000-0000-0000-0000-%012d}\t2025-10-14 03:%02d:%02d:000+0000\t1\t182\t101\t{00000000-0000-0000-0000-000000000000}\t1\t80070005\tX\tFailure\tContent Install\tInstallation Failure: error 0x80070005: Update (KB5%06d).\n",
              i, i / 60 % 60, i % 60, i));
    }
    ReportingEventsParser.Result r = ReportingEventsParser.parse("re", lines(log.toString(), true));
    assertEquals(ReportingEventsParser.MAX_KEPT, r.attempts().size());
    assertEquals(ReportingEventsParser.MAX_KEPT, r.events().size());
    assertEquals(40, r.dropped());
    assertEquals("KB5000519", r.attempts().get(r.attempts().size() - 1).fact().kb());
  }

  @Test
  void reportingEventsRecordWithAnImpossibleOffsetIsUnreadable() throws Exception {
    String record =
        "{00000000-0000-0000-0000-000000000001}\t2013-01-27 10:55:33:171%s\t1\t147\t101\t"
            + "{00000000-0000-0000-0000-000000000000}\t0\t0\tAutomaticUpdates\tSuccess\t"
            + "Software Synchronization\tWindows Update Client successfully detected 1 updates.\n";
    // found by the fuzzer: "+2100" is a well-formed offset beyond the +-18:00 Java allows
    ReportingEventsParser.Result r =
        ReportingEventsParser.parse(
            "re", lines(String.format(record, "+0100") + String.format(record, "+2100"), true));
    assertEquals(1, r.records());
    assertEquals(1, r.unreadable());
    assertEquals(2, r.firstUnreadable());
  }

  @Test
  void notAReportingEventsLog() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> ReportingEventsParser.parse("re", lines("hello\nworld\n", true)));
    assertEquals("re:1: no ReportingEvents.log record found", e.getMessage());
  }

  @Test
  void classicWindowsUpdateLogCondensedPerKindOfLine() throws Exception {
    LogDigest d =
        WindowsUpdateLogParser.parse(
            "wu", lines("logs/WindowsUpdate-2012r2.log"), ZoneOffset.ofHours(1));
    assertEquals(25, d.logLines());
    assertTrue(d.events().stream().allMatch(e -> e.fact().code().equals("0x80244007")));
    LogEvent recovery = eventWith(d, "SyncUpdates_WithRecovery");
    assertEquals(Instant.parse("2024-12-11T02:00:18.230Z"), recovery.time());
    assertEquals(EventSource.WINDOWS_UPDATE_LOG, recovery.source());
    LogEvent exit = eventWith(d, "Exit code");
    assertEquals("* WARNING: Exit code = 0x80244007", exit.message());
  }

  @Test
  void getWindowsUpdateLogOutput() throws Exception {
    LogDigest d =
        WindowsUpdateLogParser.parse(
            "wu",
            lines("logs/WindowsUpdate-2016-Get-WindowsUpdateLog.log"),
            ZoneOffset.ofHours(-4));
    assertEquals(11, d.logLines());
    assertEquals(
        List.of("0x8024402C", "0x8024402C", "0x8024402C", "0x8024402C"),
        d.events().stream().map(e -> e.fact().code()).toList(),
        "the failed scan and its traced steps; the download's transient errors are routine");
    assertEquals(Instant.parse("2025-10-15T07:05:44.0000002Z"), d.events().get(0).fact().time());
    assertEquals(6, d.events().get(0).line());
    assertEquals(Map.of(WindowsUpdateLogParser.RECOVERED, 2L), d.routine());
  }

  @Test
  void cbsLogErrorsAndFailureCodes() throws Exception {
    LogDigest d = CbsLogParser.parse("cbs", lines("logs/CBS-2016.log"), ZoneOffset.ofHours(-4));
    assertEquals(13, d.logLines());
    List<LogEvent> events = d.events().stream().map(Lined::fact).toList();
    assertEquals(8, events.size());
    assertTrue(events.stream().filter(e -> "0x80073701".equals(e.code())).count() >= 5);
    LogEvent noCode = events.get(events.size() - 1);
    assertNull(noCode.code());
    assertEquals("Startup: Failed to get NTFS transaction state.", noCode.message());
    assertEquals("KB5066836", events.get(1).kb());
  }

  @Test
  void cbsDigestStaysBoundedAndCountsRepeats() throws Exception {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      log.append("2025-10-14 03:25:4")
          .append(i)
          .append(
              ", Error                 CBS    Failed to perform operation.  [HRESULT = 0x80073701 - ERROR_SXS_ASSEMBLY_MISSING]\n");
    }
    for (int i = 0; i < EventDigest.MAX_KINDS + 10; i++) {
      log.append("2025-10-14 04:00:00, Error                 CSI    kind ")
          .append((char) ('a' + i % 26))
          .append((char) ('a' + i / 26 % 26))
          .append(" failed [HRESULT = 0x8007000")
          .append(i % 8)
          .append("]\n");
    }
    LogDigest d = CbsLogParser.parse("cbs", lines(log.toString(), true), ZoneOffset.UTC);
    assertEquals(EventDigest.MAX_KINDS, d.events().size());
    assertEquals(11, d.dropped(), "one kind repeated three times, 510 distinct kinds");
    assertEquals(
        "Failed to perform operation.  [HRESULT = 0x80073701 - ERROR_SXS_ASSEMBLY_MISSING] (3 lines like this since 2025-10-14T03:25:40Z)",
        d.events().get(0).fact().message());
  }

  @Test
  void iisLogSummarisedForWsusPaths() throws Exception {
    IisLogSummarizer s = new IisLogSummarizer();
    s.add("iis", lines("logs/u_ex251015.log"));
    var summary = s.summary();
    assertEquals(Instant.parse("2025-10-15T07:05:41Z"), summary.from());
    assertEquals(Instant.parse("2025-10-15T07:21:15Z"), summary.to());
    assertEquals(15L, summary.requests(), "the IIS start page is not a WSUS request");
    assertEquals(9L, summary.serverErrors());
    assertEquals(
        List.of(
            new IisErrorCount(503, "/ClientWebService/client.asmx", 6),
            new IisErrorCount(500, "/ClientWebService/client.asmx", 3),
            new IisErrorCount(404, "/Content/*", 2)),
        summary.topErrors());
    s.add(
        "iis2",
        lines(
            "#Fields: date time cs-uri-stem sc-status\n2025-10-16 01:00:00 /ClientWebService/client.asmx 500\n",
            true));
    assertEquals(Instant.parse("2025-10-16T01:00:00Z"), s.summary().to());
    assertEquals(4L, s.summary().topErrors().get(1).count());
  }

  @Test
  void iisLogWithoutTheNeededFields() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                new IisLogSummarizer()
                    .add(
                        "iis",
                        lines(
                            "#Software: Microsoft Internet Information Services 10.0\n#Fields: date time s-ip\n",
                            true)));
    assertEquals("iis:2: the #Fields: directive lacks cs-uri-stem", e.getMessage());
  }

  @Test
  void errorCodesInTheirLogSpellings() {
    assertEquals(
        "0x80244007",
        ErrorCodes.failure("*FAILED* [80244007] SyncUpdates_WithRecovery failed").orElseThrow());
    assertEquals("0x8024402C", ErrorCodes.failure("WARNING: Exit code = 0x8024402c").orElseThrow());
    assertEquals(
        "0x80244007",
        ErrorCodes.failure("#WARNING: Failed to find updates with error code 80244007")
            .orElseThrow());
    assertEquals("0x800F081F", ErrorCodes.failure("hr:0x800f081f").orElseThrow());
    assertTrue(
        ErrorCodes.failure("Reboot required: 0x00240005").isEmpty(),
        "success codes are not failures");
    assertTrue(ErrorCodes.failure("processed 12345678 bytes").isEmpty());
  }
}

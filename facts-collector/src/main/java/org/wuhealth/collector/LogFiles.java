package org.wuhealth.collector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.wuhealth.assembly.Gaps;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.importers.logs.CbsLogParser;
import org.wuhealth.importers.logs.Lined;
import org.wuhealth.importers.logs.LogDigest;
import org.wuhealth.importers.logs.ReportingEventsParser;
import org.wuhealth.importers.logs.WindowsUpdateLogParser;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.parsing.ImportException;

/**
 * The update logs on disk, read with the importers' parsers, bounded twice: only the newest {@code
 * maxBytes} of a file (its tail, from the first whole line) and only what happened since {@code
 * since}. A log that does not exist is skipped: WindowsUpdate.log is only written as text up to
 * Windows Server 2012 R2.
 */
final class LogFiles {
  static final String REPORTING_EVENTS = "file:ReportingEvents.log";
  static final String WINDOWS_UPDATE_LOG = "file:WindowsUpdate.log";
  static final String CBS_LOG = "file:CBS.log";

  private LogFiles() {}

  static Path reportingEvents(Path windows) {
    return windows.resolve("SoftwareDistribution").resolve("ReportingEvents.log");
  }

  static Path windowsUpdateLog(Path windows) {
    return windows.resolve("WindowsUpdate.log");
  }

  static Path cbsLog(Path windows) {
    return windows.resolve("Logs").resolve("CBS").resolve("CBS.log");
  }

  /** Install results, failures and the last scan. */
  record Reporting(List<InstallAttempt> attempts, List<LogEvent> events, LastScan lastScan) {}

  static Reporting reportingEvents(Path file, long maxBytes, Instant since, SourceRunner.Log log)
      throws IOException {
    return tail(
        file,
        maxBytes,
        log,
        "installAttempts",
        new Reporting(List.of(), List.of(), null),
        lines -> {
          ReportingEventsParser.Result result = ReportingEventsParser.parse(file.toString(), lines);
          if (result.unreadable() > 0) {
            log.issue(
                Gaps.notReportingRecords(
                    result.unreadable(), result.firstUnreadable() + " of the part read"),
                null,
                "events");
          }
          if (result.dropped() > 0) {
            log.issue(Gaps.olderAttemptsLeftOut(result.dropped()), null, "installAttempts");
          }
          return new Reporting(
              since(result.attempts(), InstallAttempt::time, since),
              since(result.events(), LogEvent::time, since),
              result.lastScan() == null ? null : result.lastScan().fact());
        });
  }

  /**
   * WindowsUpdate.log or CBS.log: error lines condensed per kind, local times at {@code offset}.
   */
  static List<LogEvent> localLog(
      Path file, boolean cbs, long maxBytes, Instant since, ZoneOffset offset, SourceRunner.Log log)
      throws IOException {
    return tail(
        file,
        maxBytes,
        log,
        "events",
        List.of(),
        lines -> {
          LogDigest digest =
              cbs
                  ? CbsLogParser.parse(file.toString(), lines, offset)
                  : WindowsUpdateLogParser.parse(file.toString(), lines, offset);
          if (digest.dropped() > 0) {
            log.issue(Gaps.errorKindsLeftOut(digest.dropped()), null, "events");
          }
          return since(digest.events(), LogEvent::time, since);
        });
  }

  /** What a log's lines say, as one of the importers' parsers reads them. */
  @FunctionalInterface
  private interface LogReading<T> {
    T read(LineReader lines) throws IOException, ImportException;
  }

  /**
   * A log's newest {@code maxBytes}, read: null when the file does not exist (the source skipped)
   * or its parser refuses it (an issue of {@code section}), {@code empty} when it is empty.
   */
  private static <T> T tail(
      Path file,
      long maxBytes,
      SourceRunner.Log log,
      String section,
      T empty,
      LogReading<T> reading)
      throws IOException {
    if (!exists(file, log)) {
      return null;
    }
    LogTail.Opened opened = LogTail.open(file, maxBytes);
    noteTail(file, opened, log);
    if (opened.size() == 0) {
      opened.stream().close();
      return empty;
    }
    try (LineReader lines = new LineReader(opened.stream())) {
      return reading.read(lines);
    } catch (ImportException e) {
      log.issue(e.getMessage(), null, section);
      return null;
    }
  }

  /**
   * False (and the source skipped) only when the file is known not to exist. Files.exists is also
   * false when its folder may not be listed (CBS.log without elevation); that case goes on to open
   * the file, so that the denial becomes a collection issue with its code.
   */
  private static boolean exists(Path file, SourceRunner.Log log) {
    if (Files.notExists(file)) {
      log.skip();
      return false;
    }
    return true;
  }

  private static void noteTail(Path file, LogTail.Opened opened, SourceRunner.Log log) {
    if (opened.skipped() > 0) {
      log.issue(
          String.format(
              Locale.ROOT,
              "%s: only its newest %.1f MiB of %.1f MiB were read",
              file,
              (opened.size() - opened.skipped()) / 1048576.0,
              opened.size() / 1048576.0),
          null,
          null);
    }
  }

  /** The facts of lines since {@code since}; undated ones are kept. */
  private static <T> List<T> since(List<Lined<T>> lined, Function<T, Instant> time, Instant since) {
    return lined.stream()
        .map(Lined::fact)
        .filter(f -> time.apply(f) == null || !time.apply(f).isBefore(since))
        .toList();
  }
}

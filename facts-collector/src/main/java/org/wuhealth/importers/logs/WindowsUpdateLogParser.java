package org.wuhealth.importers.logs;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.TimeRange;

/**
 * Reads WindowsUpdate.log in both forms: the classic text log of Windows 7 / Server 2008 R2 to 8.1
 * / 2012 R2 ({@code 2013-01-27<TAB>10:55:33:210<TAB>1160<TAB>3ca0<TAB>Agent<TAB>message}) and what
 * {@code Get-WindowsUpdateLog} renders from the ETW traces of Windows 10 / Server 2016 and later
 * ({@code 2020/01/23 15:17:51.1594692 9852 628 DownloadManager message}). Times are local to the
 * host: {@code offset} places them.
 *
 * <p>The agent traces every failed call it makes ({@code *FAILED* [80070032] Method failed
 * [AppxPackage::Initialize:235]}, {@code WARNING: WinHttp: SendRequestUsingProxy failed ... error
 * 0x8024402c}), most of which it recovers from: retries, applicability probes, cancelled downloads.
 * An engineer reads the result of each operation first ({@code * END * Finding updates ... Exit
 * code = 0x8024402F}, {@code * WARNING: Exit code = 0x8024402C}, {@code Result code =}, {@code
 * FATAL:}, a failed {@code REPORT EVENT}) and then the traced steps that led to it. So do the
 * events: every failed result, and the traced failures with a code that some operation of the log
 * ended with; the other traced failures are routine and only counted.
 */
public final class WindowsUpdateLogParser {
  public static final Pattern CLASSIC =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2})\\t(\\d{2}:\\d{2}:\\d{2}):(\\d{3})\\t\\s*\\d+\\t\\s*[0-9a-fA-F]+\\t\\s*(\\S+)\\t(.*)$");
  public static final Pattern ETW =
      Pattern.compile(
          "^(\\d{4}[/-]\\d{2}[/-]\\d{2}) (\\d{2}:\\d{2}:\\d{2})\\.(\\d{1,7})\\s+\\d+\\s+\\d+\\s+(\\S+)\\s+(.*)$");

  /**
   * Lines that give the result of an operation, not a step of it: exit and result codes, fatal
   * errors, failed reports, and the classic agent's and Automatic Updates' own words for a failed
   * scan ("Failed to synchronize", "Failed to find updates", "failed Searching for update",
   * "Skipping scan").
   */
  private static final Pattern OUTCOME =
      Pattern.compile(
          "(?i)\\b(?:exit|result) code\\s*+=|\\bFATAL\\b|failed to synchronize"
              + "|failed to find updates|failed searching for update|skipping scan");

  private static final Pattern HR = Pattern.compile("(?i)\\bhr\\s*+=");

  /** Routine trace lines are counted under this name. */
  static final String RECOVERED = "traced failures the agent recovered from";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private WindowsUpdateLogParser() {}

  public static LogDigest parse(String file, LineReader lines, ZoneOffset offset)
      throws IOException, ImportException {
    EventDigest outcomes = new EventDigest(EventSource.WINDOWS_UPDATE_LOG);
    EventDigest steps = new EventDigest(EventSource.WINDOWS_UPDATE_LOG);
    long logLines = 0;
    for (String line = lines.next(); line != null; line = lines.next()) {
      Matcher m = CLASSIC.matcher(line);
      if (!m.matches()) {
        m = ETW.matcher(line);
        if (!m.matches()) {
          continue;
        }
      }
      logLines++;
      String message = m.group(5).trim();
      var code = ErrorCodes.failure(message);
      if (code.isEmpty()) {
        continue;
      }
      LocalDateTime local;
      try {
        local =
            LocalDateTime.parse(m.group(1).replace('/', '-') + " " + m.group(2), DATE_TIME)
                .plusNanos(Long.parseLong((m.group(3) + "000000000").substring(0, 9)));
      } catch (DateTimeParseException e) {
        continue;
      }
      Instant at = local.toInstant(offset);
      if (!TimeRange.fits(at)) {
        continue;
      }
      EventDigest target = isOutcome(message) ? outcomes : steps;
      target.add(m.group(4), code.get(), at, message, lines.lineNumber());
    }
    if (logLines == 0) {
      throw new ImportException(file, null, "no WindowsUpdate.log line found");
    }
    List<Lined<LogEvent>> events = new ArrayList<>(outcomes.events());
    Set<String> failed = events.stream().map(e -> e.fact().code()).collect(Collectors.toSet());
    events.addAll(steps.events(failed::contains));
    events.sort(BY_TIME);
    long recovered = steps.lines(code -> !failed.contains(code));
    Map<String, Long> routine = recovered == 0 ? Map.of() : Map.of(RECOVERED, recovered);
    return new LogDigest(events, logLines, outcomes.dropped() + steps.dropped(), routine, null);
  }

  /**
   * True for a line that gives an operation's result ({@link #OUTCOME}, a failed REPORT EVENT, an
   * END line with its hr). The last two are searched from their first marker on, not with ".*" in
   * the pattern, which was tried again from every marker of a line: quadratic in a line full of
   * them.
   */
  static boolean isOutcome(String message) {
    if (OUTCOME.matcher(message).find()) {
      return true;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    int report = lower.indexOf("report event:");
    if (report >= 0 && lower.indexOf("\tfailure\t", report) >= 0) {
      return true;
    }
    int end = lower.indexOf("* end *");
    return end >= 0
        && HR.matcher(lower).region(end + 7, lower.length()).useTransparentBounds(true).find();
  }

  private static final Comparator<Lined<LogEvent>> BY_TIME =
      Comparator.comparing(
              (Lined<LogEvent> e) -> e.fact().time(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(Lined::line);
}

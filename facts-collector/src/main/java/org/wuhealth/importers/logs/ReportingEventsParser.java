package org.wuhealth.importers.logs;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.HResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.importers.text.Numbers;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.TimeRange;

/**
 * Reads {@code %windir%\SoftwareDistribution\ReportingEvents.log}: one tab-separated record per
 * line, {@code {EventGUID} time 1 EventID[ [NAME]] 101 {UpdateGUID} revision HRESULT ClientID
 * Success|Failure category message[ tracking]}. Older systems write the bare event id and twelve
 * fields, newer ones "182 [AGENT_INSTALLING_FAILED]" and a thirteenth; newer systems also write
 * UTF-16. Install results (events 182 and 183) become install attempts, detection results (147,
 * 148) the last scan, and every failure an event. The newest {@link #MAX_KEPT} attempts and events
 * are kept.
 */
public final class ReportingEventsParser {
  public static final int MAX_KEPT = 500;

  /** "{GUID}\t2019-03-19 05:59:52:781-0700\t" starts every record. */
  public static final Pattern RECORD_START =
      Pattern.compile(
          "^\\{[0-9A-Fa-f-]{36}\\}\\t\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}[:.]\\d{1,7}[+-]\\d{4}\\t");

  private static final Pattern EVENT_ID = Pattern.compile("^(\\d+)");
  private static final Pattern TITLE =
      Pattern.compile("(?i)following update(?: with error 0x[0-9a-f]+)?:\\s*(.+?)\\.?$");
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");
  private static final String NOT_APPLICABLE = "0x80240017";

  private ReportingEventsParser() {}

  /**
   * What the log says.
   *
   * @param lastOffset the UTC offset of the newest record (the host's local offset then), or null
   * @param unreadable lines that are not records (a cut-off last line, other text)
   * @param firstUnreadable the first such line, or 0
   * @param dropped attempts and events beyond the newest {@link #MAX_KEPT} of each
   */
  public record Result(
      List<Lined<InstallAttempt>> attempts,
      List<Lined<LogEvent>> events,
      Lined<LastScan> lastScan,
      ZoneOffset lastOffset,
      int records,
      int unreadable,
      int firstUnreadable,
      int dropped) {}

  public static Result parse(String file, LineReader lines) throws IOException, ImportException {
    Deque<Lined<InstallAttempt>> attempts = new ArrayDeque<>();
    Deque<Lined<LogEvent>> events = new ArrayDeque<>();
    Lined<LastScan> lastScan = null;
    ZoneOffset lastOffset = null;
    int records = 0;
    int unreadable = 0;
    int firstUnreadable = 0;
    int dropped = 0;
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      OffsetDateTime time = f.length >= 12 ? time(f[1]) : null;
      Matcher id = f.length >= 12 ? EVENT_ID.matcher(f[3].trim()) : null;
      Integer eventId = id != null && id.find() ? Numbers.intOrNull(id.group(1)) : null;
      if (time == null
          || !TimeRange.fits(time.toInstant())
          || eventId == null
          || !RECORD_START.matcher(line).find()) {
        unreadable++;
        firstUnreadable = firstUnreadable == 0 ? lines.lineNumber() : firstUnreadable;
        continue;
      }
      records++;
      Instant at = time.toInstant();
      lastOffset = time.getOffset();
      String code = HResult.canonical(f[7].trim()).orElse(null);
      boolean failed =
          f[9].trim().equalsIgnoreCase("Failure") || (code != null && code.charAt(2) >= '8');
      String message = f[11].trim();
      int n = lines.lineNumber();
      switch (eventId) {
        case 147 -> lastScan = new Lined<>(new LastScan(at, ScanResult.SUCCEEDED, null), n);
        case 148 -> lastScan = new Lined<>(new LastScan(at, ScanResult.FAILED, null), n);
        case 182, 183 ->
            dropped += keep(attempts, new Lined<>(attempt(at, eventId, code, message), n));
        default -> {
          // other events matter only when they failed
        }
      }
      if (failed) {
        LogEvent event =
            new LogEvent(at, EventSource.REPORTING_EVENTS, eventId, code, message, Kbs.in(message));
        dropped += keep(events, new Lined<>(event, n));
      }
    }
    if (records == 0) {
      throw new ImportException(
          file,
          firstUnreadable == 0 ? null : firstUnreadable,
          "no ReportingEvents.log record found");
    }
    return new Result(
        List.copyOf(attempts),
        List.copyOf(events),
        lastScan,
        lastOffset,
        records,
        unreadable,
        firstUnreadable,
        dropped);
  }

  private static <T> int keep(Deque<T> kept, T item) {
    kept.addLast(item);
    if (kept.size() > MAX_KEPT) {
      kept.removeFirst();
      return 1;
    }
    return 0;
  }

  private static InstallAttempt attempt(Instant at, int eventId, String code, String message) {
    Matcher t = TITLE.matcher(message);
    String title = t.find() ? t.group(1).trim() : null;
    AttemptResult result =
        eventId == 183
            ? AttemptResult.SUCCEEDED
            : NOT_APPLICABLE.equals(code) ? AttemptResult.NOT_APPLICABLE : AttemptResult.FAILED;
    return InstallAttempt.builder()
        .time(at)
        .packageName(title)
        .kb(Kbs.in(message))
        .architecture(title == null ? null : Kbs.architectureIn(title))
        .result(result)
        .code(eventId == 183 ? null : code)
        .via(InstallVia.WU)
        .build();
  }

  /** "2019-03-19 05:59:52:781-0700" (some writers put a dot before the milliseconds). */
  private static OffsetDateTime time(String text) {
    String t = text.trim();
    if (t.length() < 24) {
      return null;
    }
    try {
      String date = t.substring(0, 10);
      String clock = t.substring(11, 19);
      String fraction = t.substring(20, t.length() - 5);
      ZoneOffset offset = ZoneOffset.from(OFFSET.parse(t.substring(t.length() - 5)));
      return OffsetDateTime.parse(date + "T" + clock + "." + fraction + offset.getId());
    } catch (DateTimeException | StringIndexOutOfBoundsException e) {
      // a parse failure, or an offset beyond +-18:00 ("+2100" in a damaged file)
      return null;
    }
  }
}

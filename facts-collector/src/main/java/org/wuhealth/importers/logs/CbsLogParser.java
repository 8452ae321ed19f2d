package org.wuhealth.importers.logs;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.EventSource;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.TimeRange;

/**
 * Reads {@code %windir%\Logs\CBS\CBS.log} line by line in bounded memory (these logs reach hundreds
 * of megabytes): {@code 2019-03-19 06:00:10, Error CBS Failed to resolve package ... [HRESULT =
 * 0x800f0831 - CBS_E_STORE_CORRUPTION]}. Error lines, and lines with a failure code where CBS puts
 * codes, become events condensed per component and code, except the routine Info lines of {@link
 * RoutineLines#CBS}, which are only counted. The component store check DISM writes into the log is
 * read as well ({@link ReadinessSummary}). Times are local to the host: {@code offset} places them.
 */
public final class CbsLogParser {
  public static final Pattern LINE =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}), (Info|Error|Warning|Perf)\\s+(\\S+)\\s+(.*)$");

  /**
   * CBS's own words for a damaged store ("Store corruption, manifest missing for package: ..."),
   * logged at Info level without a code before the CBS_E_STORE_CORRUPTION it leads to; read as that
   * code.
   */
  private static final String STORE_CORRUPTION = "Store corruption";

  private static final String STORE_CORRUPTION_CODE = "0x800F0831";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private CbsLogParser() {}

  /**
   * "2019-03-19 06:00:10, " at the start, checked by hand: most lines are not events, and a log of
   * hundreds of megabytes should not pay a regular expression for each.
   */
  private static boolean looksLikeEntry(String line) {
    return line.length() > 22
        && line.charAt(4) == '-'
        && line.charAt(10) == ' '
        && line.charAt(13) == ':'
        && line.charAt(19) == ','
        && Character.isDigit(line.charAt(0));
  }

  public static LogDigest parse(String file, LineReader lines, ZoneOffset offset)
      throws IOException, ImportException {
    EventDigest digest = new EventDigest(EventSource.CBS);
    Map<String, Long> routine = new LinkedHashMap<>();
    ReadinessSummary storeCheck = new ReadinessSummary();
    long logLines = 0;
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (!looksLikeEntry(line)) {
        storeCheck.continuation(line, lines.lineNumber());
        continue;
      }
      logLines++;
      storeCheck.entry(line, lines.lineNumber());
      boolean error = line.startsWith("Error", 21);
      Optional<String> code = ErrorCodes.failure(line);
      if (code.isEmpty() && line.indexOf(STORE_CORRUPTION) > 0) {
        code = Optional.of(STORE_CORRUPTION_CODE);
      }
      if (code.isEmpty() && !error) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String message = m.group(4).trim();
      if (!error && "Info".equals(m.group(2))) {
        Optional<RoutineLines.Routine> kind = RoutineLines.match(RoutineLines.CBS, message);
        if (kind.isPresent()) {
          routine.merge(kind.get().name(), 1L, Long::sum);
          continue;
        }
      }
      try {
        Instant at = LocalDateTime.parse(m.group(1), DATE_TIME).toInstant(offset);
        if (TimeRange.fits(at)) {
          digest.add(m.group(3), code.orElse(null), at, message, lines.lineNumber());
        }
      } catch (DateTimeParseException e) {
        // an impossible date in a damaged line: not an event
      }
    }
    if (logLines == 0) {
      throw new ImportException(file, null, "no CBS.log line found");
    }
    return new LogDigest(digest.events(), logLines, digest.dropped(), routine, storeCheck.newest());
  }
}

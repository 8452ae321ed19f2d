package org.wuhealth.importers.logs;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.EventSource;
import org.wuhealth.importers.ImportException;
import org.wuhealth.importers.text.LineReader;

/**
 * Reads WindowsUpdate.log in both forms: the classic text log of Windows 7 / Server 2008 R2 to 8.1
 * / 2012 R2 ({@code 2013-01-27<TAB>10:55:33:210<TAB>1160<TAB>3ca0<TAB>Agent<TAB>message}) and what
 * {@code Get-WindowsUpdateLog} renders from the ETW traces of Windows 10 / Server 2016 and later
 * ({@code 2020/01/23 15:17:51.1594692 9852 628 DownloadManager message}). Lines that carry a
 * failure code become events, condensed per component and code. Times are local to the host: {@code
 * offset} places them.
 */
public final class WindowsUpdateLogParser {
  public static final Pattern CLASSIC =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2})\\t(\\d{2}:\\d{2}:\\d{2}):(\\d{3})\\t\\s*\\d+\\t\\s*[0-9a-fA-F]+\\t\\s*(\\S+)\\t(.*)$");
  public static final Pattern ETW =
      Pattern.compile(
          "^(\\d{4}[/-]\\d{2}[/-]\\d{2}) (\\d{2}:\\d{2}:\\d{2})\\.(\\d{1,7})\\s+\\d+\\s+\\d+\\s+(\\S+)\\s+(.*)$");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private WindowsUpdateLogParser() {}

  public static LogDigest parse(String file, LineReader lines, ZoneOffset offset)
      throws IOException, ImportException {
    EventDigest digest = new EventDigest(EventSource.WINDOWS_UPDATE_LOG);
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
      digest.add(m.group(4), code.get(), local.toInstant(offset), message, lines.lineNumber());
    }
    if (logLines == 0) {
      throw new ImportException(file, null, "no WindowsUpdate.log line found");
    }
    return new LogDigest(digest.events(), logLines, digest.dropped());
  }
}

package org.wuhealth.importers.logs;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wuhealth.facts.IisErrorCount;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.parsing.ImportException;

/**
 * Summarises IIS W3C logs for the WSUS web services: requests, server errors and the most frequent
 * error responses per path. Feed it any number of log files of one server, then ask for {@link
 * #summary()}. Fields are found by the {@code #Fields:} directive (which may change within a file);
 * W3C logs are in UTC. Content downloads are grouped per folder ("/Content/*") so that one path per
 * file does not flood the counts; memory is bounded by {@link #MAX_PATHS}.
 */
public final class IisLogSummarizer {
  public static final int MAX_PATHS = 10_000;
  static final int TOP = 10;

  private static final List<String> WSUS_ROOTS =
      List.of(
          "clientwebservice",
          "simpleauthwebservice",
          "dssauthwebservice",
          "serversyncwebservice",
          "reportingwebservice",
          "apiremoting30",
          "selfupdate",
          "content",
          "inventory");

  private final Map<String, Long> errors = new HashMap<>();
  private Instant from;
  private Instant to;
  private long requests;
  private long serverErrors;
  private long files;

  /** Adds one log file. */
  public void add(String file, LineReader lines) throws IOException, ImportException {
    Map<String, Integer> fields = null;
    boolean any = false;
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line.startsWith("#")) {
        if (line.startsWith("#Fields:")) {
          fields = fields(file, lines.lineNumber(), line);
        }
        continue;
      }
      if (line.isBlank() || fields == null) {
        continue;
      }
      String[] f = line.trim().split(" ");
      String stem = cell(f, fields.get("cs-uri-stem"));
      String root = root(stem);
      if (root == null) {
        continue;
      }
      any = true;
      requests++;
      Instant time = time(cell(f, fields.get("date")), cell(f, fields.get("time")));
      if (time != null) {
        from = from == null || time.isBefore(from) ? time : from;
        to = to == null || time.isAfter(to) ? time : to;
      }
      int status = status(cell(f, fields.get("sc-status")));
      if (status >= 500) {
        serverErrors++;
      }
      if (status >= 400) {
        String path = root.equals("content") || root.equals("selfupdate") ? group(stem) : stem;
        String key = status + " " + path;
        if (errors.containsKey(key) || errors.size() < MAX_PATHS) {
          errors.merge(key, 1L, Long::sum);
        }
      }
    }
    if (fields == null && !any) {
      throw new ImportException(file, null, "no #Fields: directive: not an IIS W3C log");
    }
    files++;
  }

  /** The summary of every file added; null when none was. */
  public IisLogSummary summary() {
    if (files == 0) {
      return null;
    }
    List<IisErrorCount> top = new ArrayList<>();
    errors.forEach(
        (key, count) -> {
          int space = key.indexOf(' ');
          top.add(
              new IisErrorCount(
                  Integer.parseInt(key.substring(0, space)), key.substring(space + 1), count));
        });
    top.sort(
        Comparator.comparingLong(IisErrorCount::count)
            .reversed()
            .thenComparingInt(IisErrorCount::status)
            .thenComparing(IisErrorCount::path));
    return new IisLogSummary(
        from, to, requests, serverErrors, List.copyOf(top.subList(0, Math.min(TOP, top.size()))));
  }

  private static Map<String, Integer> fields(String file, int line, String directive)
      throws ImportException {
    String[] names = directive.substring("#Fields:".length()).trim().split("\\s+");
    Map<String, Integer> fields = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      fields.put(names[i].toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("date", "time", "cs-uri-stem", "sc-status")) {
      if (!fields.containsKey(required)) {
        throw new ImportException(file, line, "the #Fields: directive lacks " + required);
      }
    }
    return fields;
  }

  private static String cell(String[] f, Integer index) {
    return index != null && index < f.length ? f[index] : "";
  }

  /** The WSUS web service a path belongs to (lower case), or null for other sites' paths. */
  private static String root(String stem) {
    if (!stem.startsWith("/")) {
      return null;
    }
    int slash = stem.indexOf('/', 1);
    String first =
        (slash < 0 ? stem.substring(1) : stem.substring(1, slash)).toLowerCase(Locale.ROOT);
    return WSUS_ROOTS.contains(first) ? first : null;
  }

  private static String group(String stem) {
    int slash = stem.indexOf('/', 1);
    return (slash < 0 ? stem : stem.substring(0, slash)) + "/*";
  }

  private static Instant time(String date, String time) {
    try {
      return LocalDateTime.parse(date + "T" + time).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int status(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

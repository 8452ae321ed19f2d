package org.wuhealth.importers.logs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.LogEvent;

/**
 * Condenses the error lines of a long log into one event per component and error code, keeping the
 * latest line and how often and since when it occurred. Memory stays bounded however long the log
 * is: at most {@link #MAX_KINDS} kinds are kept, later new kinds are only counted.
 */
public final class EventDigest {
  public static final int MAX_KINDS = 500;

  private final EventSource source;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private long dropped;

  public EventDigest(EventSource source) {
    this.source = source;
  }

  private static final class Entry {
    final String code;
    long count;
    Instant first;
    Instant last;
    String message;
    int line;

    Entry(String code) {
      this.code = code;
    }
  }

  /** Records one error line. */
  public void add(String component, String code, Instant time, String message, int line) {
    String key = component + "|" + code + "|" + shape(message);
    Entry e = entries.get(key);
    if (e == null) {
      if (entries.size() >= MAX_KINDS) {
        dropped++;
        return;
      }
      e = new Entry(code);
      entries.put(key, e);
    }
    e.count++;
    if (e.first == null || (time != null && time.isBefore(e.first))) {
      e.first = time;
    }
    if (e.last == null || time == null || !time.isBefore(e.last)) {
      e.last = time;
      e.message = message;
      e.line = line;
    }
  }

  /**
   * The message with what differs between lines of one kind (GUIDs in braces, {@code 0x} numbers,
   * runs of hex letters and digits that hold a digit) replaced by {@code #}. A scan in one pass:
   * the regular expression it replaces ({@code [0-9A-Fa-f]*\d[0-9A-Fa-f]*}) backtracked
   * quadratically over a long run of hex letters without a digit (82 s for one CBS.log line of
   * 65,000 characters).
   */
  static String shape(String message) {
    StringBuilder out = new StringBuilder(message.length());
    int n = message.length();
    int i = 0;
    while (i < n) {
      char c = message.charAt(i);
      if (c == '{' && isGuidAt(message, i)) {
        out.append('#');
        i += 38;
      } else if (c == '0'
          && i + 2 < n
          && message.charAt(i + 1) == 'x'
          && isHex(message.charAt(i + 2))) {
        out.append('#');
        i = hexRunEnd(message, i + 2);
      } else if (isHex(c)) {
        int end = hexRunEnd(message, i);
        if (hasDigit(message, i, end)) {
          out.append('#');
        } else {
          out.append(message, i, end);
        }
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isGuidAt(String s, int brace) {
    if (brace + 37 >= s.length() || s.charAt(brace + 37) != '}') {
      return false;
    }
    for (int i = brace + 1; i <= brace + 36; i++) {
      char c = s.charAt(i);
      if (!isHex(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static int hexRunEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isHex(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean hasDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Error lines that were not kept because {@link #MAX_KINDS} kinds were already kept. */
  public long dropped() {
    return dropped;
  }

  /** One event per kind with its latest line, in the order of those lines. */
  public List<Lined<LogEvent>> events() {
    return events(code -> true);
  }

  /** The lines of the kinds whose code {@code codes} accepts. */
  public long lines(Predicate<String> codes) {
    return entries.values().stream().filter(e -> codes.test(e.code)).mapToLong(e -> e.count).sum();
  }

  /** One event per kind whose code {@code codes} accepts, in the order of their latest lines. */
  public List<Lined<LogEvent>> events(Predicate<String> codes) {
    List<Entry> sorted = new ArrayList<>(entries.values());
    sorted.removeIf(e -> !codes.test(e.code));
    sorted.sort(
        Comparator.comparing((Entry e) -> e.last, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.line));
    List<Lined<LogEvent>> events = new ArrayList<>();
    for (Entry e : sorted) {
      String message = e.message;
      if (e.count > 1) {
        message +=
            " ("
                + e.count
                + " lines like this"
                + (e.first != null ? " since " + e.first : "")
                + ")";
      }
      events.add(
          new Lined<>(
              new LogEvent(e.last, source, null, e.code, message, Kbs.in(e.message)), e.line));
    }
    return events;
  }
}

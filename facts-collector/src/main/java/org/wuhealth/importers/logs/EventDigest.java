package org.wuhealth.importers.logs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.LogEvent;

/**
 * Condenses the error lines of a long log into one event per component and error code, keeping the
 * latest line and how often and since when it occurred. Memory stays bounded however long the log
 * is: at most {@link #MAX_KINDS} kinds are kept, later new kinds are only counted.
 */
public final class EventDigest {
  public static final int MAX_KINDS = 500;

  /** GUIDs, hex and decimal numbers: what differs between lines of one kind. */
  private static final Pattern SHAPE =
      Pattern.compile("\\{[0-9A-Fa-f-]{36}\\}|0x[0-9A-Fa-f]+|[0-9A-Fa-f]*\\d[0-9A-Fa-f]*");

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
    String key = component + "|" + code + "|" + SHAPE.matcher(message).replaceAll("#");
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

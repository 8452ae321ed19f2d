package org.wuhealth.rules.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.knowledge.ErrorCause;
import org.wuhealth.knowledge.ErrorCode;
import org.wuhealth.knowledge.ErrorCodes;

/**
 * One distinct error code seen in the snapshot's install attempts and events, decoded, with every
 * place it was seen. Rules match these instead of walking attempts and events themselves, and a
 * cause names the codes it explains with {@link Hit#explaining}.
 *
 * @param error the decoded code
 * @param attempts the install attempts that reported it, in snapshot order
 * @param events the events that carried it, in snapshot order
 */
public record ObservedCode(ErrorCode error, List<InstallAttempt> attempts, List<LogEvent> events) {

  /** Logs written by Windows Update and the servicing stack (not by other products). */
  private static final Set<EventSource> UPDATE_SOURCES =
      Set.of(
          EventSource.WINDOWS_UPDATE_CLIENT,
          EventSource.WINDOWS_UPDATE_LOG,
          EventSource.REPORTING_EVENTS,
          EventSource.CBS);

  public ObservedCode {
    attempts = List.copyOf(attempts);
    events = List.copyOf(events);
  }

  /** Every code seen in the snapshot, in the order first seen (attempts before events). */
  public static List<ObservedCode> of(Snapshot s, ErrorCodes codes) {
    Map<String, ErrorCode> decoded = new LinkedHashMap<>();
    Map<String, List<InstallAttempt>> attempts =
        byCode(s.installAttempts(), InstallAttempt::code, codes, decoded);
    Map<String, List<LogEvent>> events = byCode(s.events(), LogEvent::code, codes, decoded);
    return decoded.values().stream()
        .map(
            c ->
                new ObservedCode(
                    c,
                    attempts.getOrDefault(c.code(), List.of()),
                    events.getOrDefault(c.code(), List.of())))
        .toList();
  }

  /**
   * The items (null: none) whose code decodes, by code; each code is also added to {@code decoded},
   * which so keeps the order codes are first seen in.
   */
  private static <T> Map<String, List<T>> byCode(
      List<T> items, Function<T, ?> code, ErrorCodes codes, Map<String, ErrorCode> decoded) {
    Map<String, List<T>> found = new LinkedHashMap<>();
    if (items == null) {
      return found;
    }
    for (T item : items) {
      codes
          .decode(Objects.toString(code.apply(item), null))
          .ifPresent(
              c -> {
                decoded.putIfAbsent(c.code(), c);
                found.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(item);
              });
    }
    return found;
  }

  /**
   * {@code codes} in code order. Drools' collect gives no useful order; evidence must not depend on
   * it.
   */
  public static List<ObservedCode> sorted(List<ObservedCode> codes) {
    return codes.stream().sorted(Comparator.comparing(ObservedCode::code)).toList();
  }

  /**
   * One {@link #line()} per code, in code order: the evidence lines of the codes a hit explains.
   */
  public static List<String> lines(List<ObservedCode> codes) {
    return sorted(codes).stream().map(ObservedCode::line).toList();
  }

  /** The codes, in code order, for {@code Hit.explaining(...)}. */
  public static String[] codes(List<ObservedCode> codes) {
    return sorted(codes).stream().map(ObservedCode::code).toArray(String[]::new);
  }

  public String code() {
    return error.code();
  }

  public boolean failure() {
    return error.isFailure();
  }

  public ErrorCause cause() {
    return error.cause();
  }

  public int count() {
    return attempts.size() + events.size();
  }

  /**
   * True when an install attempt, or a Windows Update or servicing log, reported the code, so it
   * concerns updating this host rather than some other product.
   */
  public boolean fromUpdates() {
    return !attempts.isEmpty()
        || events.stream().anyMatch(e -> UPDATE_SOURCES.contains(e.source()));
  }

  /**
   * One evidence line: the decoded code and where it was seen, "0x80073712
   * ERROR_SXS_COMPONENT_STORE_CORRUPT (...): the component store (WinSxS) is damaged; seen twice: 2
   * install attempts of KB5094041 via wu, last at ...".
   */
  public String line() {
    return error.describe() + "; seen " + times(count()) + ": " + where();
  }

  /** The decoded code, where it was seen, and what usually helps: evidence lines. */
  public List<String> decodedEvidence() {
    List<String> lines = new ArrayList<>();
    lines.add(error.describe());
    lines.add("seen " + times(count()) + ": " + where());
    if (error.hint() != null) {
      lines.add("what usually helps: " + error.hint());
    }
    if (!error.known()) {
      lines.add("the code is not in the knowledge base; it was decoded from its structure");
    }
    return lines;
  }

  /**
   * Where the code was seen: "2 install attempts of KB5094041 via wu, last at ...; 1 event ...".
   */
  public String where() {
    List<String> parts = new ArrayList<>();
    if (!attempts.isEmpty()) {
      Set<String> what = new TreeSet<>();
      Set<String> via = new TreeSet<>();
      for (InstallAttempt a : attempts) {
        what.add(a.kb() != null ? a.kb() : Objects.toString(a.packageName(), "an unnamed package"));
        if (a.via() != null) {
          via.add(a.via().wire());
        }
      }
      parts.add(
          count(attempts.size(), "install attempt")
              + " of "
              + String.join(", ", what)
              + (via.isEmpty() ? "" : " via " + String.join(", ", via))
              + last(attempts.stream().map(InstallAttempt::time).toList()));
    }
    if (!events.isEmpty()) {
      Set<String> from = new TreeSet<>();
      for (LogEvent e : events) {
        String source = e.source() == null ? "an unnamed log" : e.source().wire();
        from.add(e.eventId() == null ? source : source + " " + e.eventId());
      }
      parts.add(
          count(events.size(), "event")
              + " ("
              + String.join(", ", from)
              + ")"
              + last(events.stream().map(LogEvent::time).toList()));
    }
    return String.join("; ", parts);
  }

  private static String last(List<Instant> times) {
    return times.stream()
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .map(t -> (times.size() == 1 ? " at " : ", last at ") + t)
        .orElse("");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }
}

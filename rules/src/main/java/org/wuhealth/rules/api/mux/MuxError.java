package org.wuhealth.rules.api.mux;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.knowledge.ErrorCause;
import org.wuhealth.knowledge.ErrorCode;
import org.wuhealth.knowledge.ErrorCodes;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.Wording;

/**
 * "Failed to connect to Mux due to network or cert errors", grouped by the reason it carries. The
 * troubleshooting guide says the number in the message is a Winsock error and certificate errors
 * are reported by name. The same text is the Software Load Balancer (SDN Network Controller) error
 * for CertificateNotTrusted / CertificateNotAuthorized, so only an event from a Windows Update log
 * is taken as an update problem with confidence.
 *
 * @param error the decoded number from the event's code or message, or null
 * @param keyword "CertificateNotTrusted" or "CertificateNotAuthorized" when the text names one
 * @param events the events with this reason
 */
public record MuxError(ErrorCode error, String keyword, List<LogEvent> events) {

  private static final String MUX_TEXT = "failed to connect to mux";
  private static final Pattern NUMBER = Pattern.compile("(?i)0x[0-9a-f]{1,8}|-?\\b\\d{4,10}\\b");

  /** The certificate error names of the SDN guidance, with the cause each one stands for. */
  private static final Map<String, ErrorCause> KEYWORDS =
      Map.of(
          "CertificateNotTrusted", ErrorCause.UNTRUSTED_ROOT,
          "CertificateNotAuthorized", ErrorCause.WRONG_USAGE);

  private static final Set<EventSource> UPDATE_LOGS =
      Set.of(
          EventSource.WINDOWS_UPDATE_CLIENT,
          EventSource.WINDOWS_UPDATE_LOG,
          EventSource.REPORTING_EVENTS);

  /** Oldest first, undated first; then by text, so that the order never depends on the engine. */
  private static final Comparator<LogEvent> BY_TIME =
      Comparator.comparing(LogEvent::time, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(e -> Objects.toString(e.message(), ""));

  public MuxError {
    events = List.copyOf(events);
  }

  /** True when {@code message} is the guide's Mux connection error. */
  public static boolean mentionsMux(String message) {
    return Wording.mentions(message, MUX_TEXT);
  }

  /** The Mux errors among {@code events}, one per reason, oldest reason first. */
  public static List<MuxError> group(List<LogEvent> events, ErrorCodes codes) {
    Map<String, MuxError> byReason = new LinkedHashMap<>();
    for (LogEvent e : events.stream().sorted(BY_TIME).toList()) {
      if (!mentionsMux(e.message())) {
        continue;
      }
      ErrorCode error = number(e, codes).orElse(null);
      String keyword = keyword(e.message());
      if (error != null || keyword != null) {
        byReason.merge(
            error != null ? error.code() : keyword,
            new MuxError(error, keyword, List.of(e)),
            (a, b) -> new MuxError(a.error(), a.keyword(), concat(a.events(), b.events())));
      }
    }
    return List.copyOf(byReason.values());
  }

  private static List<LogEvent> concat(List<LogEvent> a, List<LogEvent> b) {
    List<LogEvent> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The event's code, else the first number in its text that decodes to a catalogued network or
   * certificate error (a message may also hold ports, addresses or counts).
   */
  private static Optional<ErrorCode> number(LogEvent e, ErrorCodes codes) {
    Optional<ErrorCode> fromCode = codes.decode(Objects.toString(e.code(), null));
    if (fromCode.isPresent()) {
      return fromCode;
    }
    Matcher m = NUMBER.matcher(e.message());
    while (m.find()) {
      Optional<ErrorCode> c = codes.decode(m.group());
      if (c.isPresent() && c.get().known() && (isNetwork(c.get()) || c.get().isCertificate())) {
        return c;
      }
    }
    return Optional.empty();
  }

  private static String keyword(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    return KEYWORDS.keySet().stream()
        .filter(k -> m.contains(k.toLowerCase(Locale.ROOT)))
        .sorted()
        .findFirst()
        .orElse(null);
  }

  /** Any Winsock error counts: the guide reads the Mux number as one. */
  private static boolean isNetwork(ErrorCode c) {
    return c.winsock() != null || c.isNetwork();
  }

  /** The reason is a network error (a Winsock number or a WinINet/WinHTTP connection error). */
  public boolean network() {
    return error != null && isNetwork(error);
  }

  /** The reason is a certificate or TLS error, by its number or, without a number, by its name. */
  public boolean certificate() {
    return error != null ? error.isCertificate() : keyword != null;
  }

  public ErrorCause cause() {
    if (error != null && error.cause() != null) {
      return error.cause();
    }
    return error == null && keyword != null ? KEYWORDS.get(keyword) : null;
  }

  /** True when a Windows Update log wrote the error, so it concerns updates and not SDN. */
  public boolean updateContext() {
    return events.stream().anyMatch(e -> UPDATE_LOGS.contains(e.source()));
  }

  public List<String> evidence(HostOs host) {
    List<String> lines = new ArrayList<>();
    LogEvent last = events.get(events.size() - 1);
    lines.add(
        events.size()
            + (events.size() == 1 ? " event" : " events")
            + " \""
            + last.message().trim()
            + "\""
            + (last.source() == null ? "" : " in " + last.source().wire())
            + (last.time() == null
                ? ""
                : (events.size() == 1 ? ", at " : ", last at ") + last.time()));
    if (error != null) {
      lines.add(error.describe());
    } else {
      lines.add(keyword + ": the certificate check failed; the message carries no number");
    }
    ErrorCause cause = cause();
    if (cause != null && cause.advice() != null) {
      lines.add("likely cause: " + cause.advice());
    }
    if (error != null && error.hint() != null && (cause == null || cause.advice() == null)) {
      lines.add("what usually helps: " + error.hint());
    }
    if (cause == ErrorCause.TLS && olderThanTls12Default(host)) {
      lines.add(
          "this host runs "
              + host.describe()
              + ", where WinHTTP does not offer TLS 1.2 by default: install KB3140245 (2008 R2,"
              + " 2012) or KB4019276 (2008 SP2) and set DefaultSecureProtocols");
    }
    if (!updateContext()) {
      lines.add(
          "the event is not from a Windows Update log, and the Software Load Balancer (SDN) writes"
              + " the same message, so this may not concern updates");
    }
    return lines;
  }

  /** NT 6.0 to 6.2: WinHTTP needs an update and a registry value to offer TLS 1.1 and 1.2. */
  private static boolean olderThanTls12Default(HostOs host) {
    return host.ntVersion() != null && Set.of("6.0", "6.1", "6.2").contains(host.ntVersion());
  }

  public String explainedCode() {
    return error == null ? null : error.code();
  }
}

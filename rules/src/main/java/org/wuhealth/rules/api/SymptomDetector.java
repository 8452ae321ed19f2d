package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.UpdatePolicy;

/**
 * Finds the guide's symptoms in a snapshot. Deliberately plain and conservative: a symptom is
 * observed only on direct evidence; "unexpected update" cannot be seen in the data and is only ever
 * declared.
 */
public final class SymptomDetector {
  /**
   * Codes a client gets when it cannot talk to its WSUS server: WU protocol-talker errors
   * (0x80244xxx), WinHTTP/WinINet connection and TLS errors, and Winsock time-out, refusal and name
   * resolution as HRESULTs.
   */
  private static final Set<String> CONNECTION_CODES =
      Set.of(
          "0x80072EE2",
          "0x80072EE7",
          "0x80072EFD",
          "0x80072EFE",
          "0x80072F8F",
          "0x80072F0D",
          "0x8007274C",
          "0x8007274D",
          "0x80072AF9");

  private SymptomDetector() {}

  public static List<ObservedSymptom> observe(Snapshot s, InstalledInventory inventory) {
    List<ObservedSymptom> found = new ArrayList<>();
    notApplicable(s).ifPresent(found::add);
    wsusConnection(s).ifPresent(found::add);
    notReceiving(s, inventory).ifPresent(found::add);
    return found;
  }

  private static Optional<ObservedSymptom> notApplicable(Snapshot s) {
    if (s.installAttempts() == null) {
      return Optional.empty();
    }
    long count =
        s.installAttempts().stream()
            .filter(
                a ->
                    a.result() == AttemptResult.NOT_APPLICABLE
                        || PackageCheck.NOT_APPLICABLE_CODE.equals(a.code()))
            .count();
    return count == 0
        ? Optional.empty()
        : Optional.of(
            new ObservedSymptom(
                "not-applicable",
                false,
                count
                    + (count == 1 ? " install attempt" : " install attempts")
                    + " reported not applicable"));
  }

  private static Optional<ObservedSymptom> wsusConnection(Snapshot s) {
    UpdatePolicy policy = s.windowsUpdate() == null ? null : s.windowsUpdate().policy();
    if (policy == null || !Boolean.TRUE.equals(policy.useWuServer())) {
      return Optional.empty();
    }
    List<String> codes = new ArrayList<>();
    if (s.events() != null) {
      for (LogEvent e : s.events()) {
        if (isConnectionCode(e.code()) || mentionsWsusFailure(e.message())) {
          codes.add(e.code() != null ? e.code() : "\"" + e.message() + "\"");
        }
      }
    }
    if (s.installAttempts() != null) {
      for (InstallAttempt a : s.installAttempts()) {
        if (isConnectionCode(a.code())) {
          codes.add(a.code());
        }
      }
    }
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    List<String> distinct = codes.stream().distinct().sorted().limit(3).toList();
    return Optional.of(
        new ObservedSymptom(
            "wsus-connection",
            false,
            "the client uses a WSUS server and logged " + String.join(", ", distinct)));
  }

  private static Optional<ObservedSymptom> notReceiving(Snapshot s, InstalledInventory inventory) {
    if (s.windowsUpdate() == null) {
      return Optional.empty();
    }
    if (s.windowsUpdate().deployments() != null && inventory.isKnown()) {
      List<String> missing =
          s.windowsUpdate().deployments().stream()
              .map(d -> d.update())
              .filter(
                  u ->
                      u != null
                          && u.toUpperCase(Locale.ROOT).startsWith("KB")
                          && !inventory.has(u.toUpperCase(Locale.ROOT)))
              .sorted()
              .toList();
      if (!missing.isEmpty()) {
        return Optional.of(
            new ObservedSymptom(
                "not-receiving",
                false,
                "deployed " + String.join(", ", missing) + " not installed"));
      }
    }
    var scan = s.windowsUpdate().lastScan();
    if (scan != null && scan.result() == ScanResult.FAILED) {
      return Optional.of(
          new ObservedSymptom("not-receiving", false, "the last update scan failed"));
    }
    return Optional.empty();
  }

  private static boolean isConnectionCode(String code) {
    return code != null && (code.startsWith("0x80244") || CONNECTION_CODES.contains(code));
  }

  private static boolean mentionsWsusFailure(String message) {
    return Wording.mentions(message, "syncupdates_withrecovery")
        || Wording.mentions(message, "failed to connect to mux");
  }
}

package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;

/**
 * A Windows Update client service that cannot do its job: disabled, or set to start automatically
 * yet stopped while scans or installs fail. Manual and stopped is the normal resting state of
 * wuauserv (2016 and later) and TrustedInstaller, which start on demand, and of BITS on recent
 * releases, so that alone is never a finding.
 *
 * @param failures evidence lines about failing scans and installs (empty for a disabled service)
 * @param codes observed "service disabled" codes
 * @param missing when not null, nothing else is set: the fact whose absence kept the service from
 *     being judged (its start type, its run state, or whether updates fail)
 */
public record UpdateServiceProblem(
    ServiceInfo service,
    boolean disabled,
    List<String> failures,
    List<ObservedCode> codes,
    String missing) {

  /** The client services by lower-case key name, with what they do for updates. */
  private static final Map<String, String> ROLES =
      Map.of(
          "wuauserv", "scans for, downloads and installs updates",
          "bits", "downloads update content",
          "cryptsvc", "checks the signatures and catalogs of updates",
          "trustedinstaller", "installs and removes update packages (Windows Modules Installer)");

  public UpdateServiceProblem {
    failures = List.copyOf(failures);
    codes = List.copyOf(codes);
  }

  private UpdateServiceProblem(
      ServiceInfo service, boolean disabled, List<String> failures, List<ObservedCode> codes) {
    this(service, disabled, failures, codes, null);
  }

  private static List<UpdateServiceProblem> unknown(ServiceInfo service, String missing) {
    return List.of(new UpdateServiceProblem(service, false, List.of(), List.of(), missing));
  }

  /** False when the service could not be judged ({@link #missing()} says why). */
  public boolean checked() {
    return missing == null;
  }

  /** True for wuauserv, BITS, CryptSvc and TrustedInstaller (any case). */
  public static boolean watched(String name) {
    return name != null && ROLES.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The problem with {@code service}, or an empty list.
   *
   * @param scans the last scan (zero or one)
   * @param attempts all install attempts
   * @param codes observed codes whose cause is "service disabled"
   */
  public static List<UpdateServiceProblem> assess(
      ServiceInfo service,
      List<LastScan> scans,
      List<InstallAttempt> attempts,
      List<ObservedCode> codes) {
    if (!watched(service.name())) {
      return List.of();
    }
    if (service.startType() == StartType.DISABLED) {
      return List.of(
          new UpdateServiceProblem(service, true, List.of(), ObservedCode.sorted(codes)));
    }
    String item = "services[" + service.name() + "]";
    if (service.startType() == null || service.startType() == StartType.UNKNOWN) {
      return unknown(service, item + ".startType");
    }
    boolean shouldRun =
        service.startType() == StartType.AUTOMATIC
            || service.startType() == StartType.AUTOMATIC_DELAYED;
    if (shouldRun && (service.state() == null || service.state() == ServiceState.UNKNOWN)) {
      return unknown(service, item + ".state");
    }
    if (!shouldRun || service.state() != ServiceState.STOPPED) {
      return List.of();
    }
    List<String> failures = new ArrayList<>();
    scans.stream()
        .filter(s -> s.result() == ScanResult.FAILED)
        .forEach(
            s ->
                failures.add(
                    "the last update scan failed" + (s.time() == null ? "" : " at " + s.time())));
    long failed = attempts.stream().filter(a -> a.result() == AttemptResult.FAILED).count();
    if (failed > 0) {
      failures.add(failed + (failed == 1 ? " install attempt" : " install attempts") + " failed");
    }
    if (failures.isEmpty()) {
      // stopped though it should run: whether updates fail decides, and without the last scan
      // nothing says they do not
      if (scans.isEmpty()) {
        return unknown(service, "windowsUpdate.lastScan");
      }
      return scans.stream().anyMatch(s -> s.result() == null)
          ? unknown(service, "windowsUpdate.lastScan.result")
          : List.of();
    }
    return List.of(new UpdateServiceProblem(service, false, failures, ObservedCode.sorted(codes)));
  }

  public List<String> evidence() {
    List<String> lines = new ArrayList<>();
    String display =
        service.displayName() == null
            ? service.name()
            : service.name() + " (" + service.displayName() + ")";
    lines.add(
        display
            + " is "
            + (service.state() == null ? "in an unknown state" : service.state().wire())
            + " with start type "
            + (service.startType() == null ? "unknown" : service.startType().wire())
            + "; it "
            + ROLES.get(service.name().toLowerCase(Locale.ROOT)));
    if (!disabled) {
      lines.add(
          "it is set to start automatically but is not running while updates fail: "
              + String.join(", ", failures));
    }
    for (ObservedCode c : codes) {
      lines.add(c.line());
    }
    return lines;
  }
}

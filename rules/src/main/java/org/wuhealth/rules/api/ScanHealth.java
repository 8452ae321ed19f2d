package org.wuhealth.rules.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.WindowsUpdate;

/**
 * Why a device may not be scanning the Windows Update service: its last scan failed, it has not
 * scanned for too long, or it scans another endpoint while a deployment-service deployment waits
 * for it (the deployment service offers content only through Windows Update).
 */
public final class ScanHealth {
  private ScanHealth() {}

  public static List<ScanProblem> problems(WindowsUpdate wu, Instant now, RuleSettings settings) {
    List<ScanProblem> problems = new ArrayList<>();
    LastScan scan = wu.lastScan();
    if (scan == null) {
      return problems;
    }
    Duration limit = Duration.ofDays(settings.scanMaxAgeDays());
    boolean intranet = wu.policy() != null && Boolean.TRUE.equals(wu.policy().useWuServer());
    String why =
        intranet
            ? " (the device scans an intranet server by policy; the WSUS findings and the logged"
                + " error codes say why)"
            : "";
    if (scan.result() == ScanResult.FAILED) {
      problems.add(
          new ScanProblem(
              "the last update scan"
                  + (scan.time() == null ? "" : ", at " + scan.time() + ",")
                  + " failed"
                  + why,
              false,
              intranet));
    }
    if (scan.time() != null && scan.time().plus(limit).isBefore(now)) {
      long days = Duration.between(scan.time(), now).toDays();
      problems.add(
          new ScanProblem(
              "the last update scan was at "
                  + scan.time()
                  + ", "
                  + days
                  + " days before "
                  + now
                  + " (a device that scans normally does so about daily; limit: "
                  + settings.scanMaxAgeDays()
                  + " days)"
                  + why,
              false,
              intranet));
    }
    List<Deployment> deployments = wu.deployments() == null ? List.of() : wu.deployments();
    List<String> elsewhere = UpdateEndpoint.otherThanWindowsUpdate(wu);
    if (!deployments.isEmpty() && !elsewhere.isEmpty()) {
      List<String> updates =
          deployments.stream().map(d -> d.update() == null ? "an update" : d.update()).toList();
      problems.add(
          new ScanProblem(
              "the deployment service offers "
                  + String.join(", ", updates)
                  + " only through the Windows Update service, but "
                  + String.join(" and ", elsewhere),
              true,
              false));
    }
    return problems;
  }

  /**
   * What kept the deployment sub-check from running, as a 0/1 list: a client that scans another
   * endpoint while the deployments that target it were not collected.
   */
  public static List<String> unchecked(WindowsUpdate wu, HostOs host) {
    return wu.deployments() == null
            && DeploymentService.applies(host)
            && !UpdateEndpoint.otherThanWindowsUpdate(wu).isEmpty()
        ? List.of("windowsUpdate.deployments")
        : List.of();
  }
}

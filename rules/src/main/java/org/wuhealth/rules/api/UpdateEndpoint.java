package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.ScanSource;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WindowsUpdate;

/**
 * Whether a device scans an endpoint other than the Windows Update service (a WSUS server or
 * another one), and how that shows. The policy is the stronger sign: it decides where the client
 * goes; the last scan's source only reports where it went.
 */
public final class UpdateEndpoint {
  private UpdateEndpoint() {}

  /** Evidence lines saying which other endpoint the device scans; empty for Windows Update. */
  public static List<String> otherThanWindowsUpdate(WindowsUpdate wu) {
    List<String> evidence = new ArrayList<>();
    UpdatePolicy policy = wu.policy();
    String server = wsusServer(policy);
    if (server != null) {
      evidence.add("policy UseWUServer=1 points the client at " + server + " (WUServer)");
    }
    LastScan scan = wu.lastScan();
    if (scan != null && (scan.source() == ScanSource.WSUS || scan.source() == ScanSource.OTHER)) {
      evidence.add(
          "the last scan"
              + (scan.time() == null ? "" : ", at " + scan.time() + ",")
              + " went to "
              + (scan.source() == ScanSource.WSUS
                  ? "a WSUS server"
                  : "an endpoint other than Windows Update"));
    }
    return evidence;
  }

  /** True when the policy, not just a scan record, sends the client to another server. */
  public static boolean byPolicy(WindowsUpdate wu) {
    return wsusServer(wu.policy()) != null;
  }

  /** The WSUS server the policy names when UseWUServer is on, or null. */
  public static String wsusServer(UpdatePolicy policy) {
    if (policy == null
        || !Boolean.TRUE.equals(policy.useWuServer())
        || policy.wuServer() == null
        || policy.wuServer().isBlank()) {
      return null;
    }
    return policy.wuServer().trim();
  }

  /**
   * On a client the deployment service could manage, the facts that would say whether it does and
   * were not collected: the enrollment, the deployments that target the device.
   */
  public static List<String> unknownManagement(WindowsUpdate wu, HostOs host) {
    if (!DeploymentService.applies(host)) {
      return List.of();
    }
    List<String> unknown = new ArrayList<>();
    if (wu.enrollment() == null) {
      unknown.add("windowsUpdate.enrollment");
    }
    if (wu.deployments() == null) {
      unknown.add("windowsUpdate.deployments");
    }
    return unknown;
  }
}

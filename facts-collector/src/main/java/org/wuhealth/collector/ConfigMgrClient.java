package org.wuhealth.collector;

import java.util.List;
import java.util.Map;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.RebootSignalKind;

/**
 * The Configuration Manager client's own answer to "is a restart pending?": the WMI method
 * CCM_ClientUtilities.DetermineIfRebootPending (a query; it changes nothing), asked only when the
 * client (service CcmExec) is installed.
 */
final class ConfigMgrClient {
  static final String NAME = "wmi:CCM_ClientUtilities";
  static final String NAMESPACE = "ROOT\\ccm\\ClientSDK";
  static final String CLASS = "CCM_ClientUtilities";
  static final String METHOD = "DetermineIfRebootPending";
  static final List<String> OUT = List.of("ReturnValue", "RebootPending", "IsHardRebootPending");

  private ConfigMgrClient() {}

  static boolean installed(List<ServiceReader.RawService> services) {
    return services.stream().anyMatch(s -> s.name().equalsIgnoreCase("CcmExec"));
  }

  /** The restart marker the method's out-parameters give, or null; a failure is an issue. */
  static RebootSignal signal(Map<String, Object> out, SourceRunner.Log log) {
    Object code = out.get("ReturnValue");
    if (!(code instanceof Number n) || n.longValue() != 0) {
      log.issue(METHOD + " returned " + code, null, "pendingReboot");
      return null;
    }
    boolean hard = Boolean.TRUE.equals(out.get("IsHardRebootPending"));
    if (!hard && !Boolean.TRUE.equals(out.get("RebootPending"))) {
      return null;
    }
    return new RebootSignal(
        RebootSignalKind.CONFIG_MGR_REBOOT_PENDING,
        "the Configuration Manager client reports a pending " + (hard ? "hard " : "") + "restart");
  }
}

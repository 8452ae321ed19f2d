package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.facts.Wsus;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.WsusRollupStatus;

/**
 * Whether the update a WSUS host needs (KB4039929 on WSUS 3.0 SP2, the required OS rollup on 2012
 * and later) is installed but not yet in effect because the host has not restarted since.
 */
public final class WsusRestart {
  /** Markers that mean servicing itself waits for a restart (not the noisy file renames). */
  private static final Set<RebootSignalKind> STRONG =
      Set.of(
          RebootSignalKind.CBS_REBOOT_PENDING,
          RebootSignalKind.WU_REBOOT_REQUIRED,
          RebootSignalKind.CBS_PACKAGES_PENDING);

  private WsusRestart() {}

  /**
   * Evidence lines when every installed update that provides the WSUS fix still waits for a restart
   * and a restart is pending; empty otherwise (fix in effect, not installed, or no restart
   * pending).
   */
  public static List<String> pendingFix(
      Knowledge knowledge,
      Wsus wsus,
      HostOs host,
      InstalledInventory inventory,
      PendingReboot reboot) {
    List<String> fixes = fixes(knowledge, wsus, host, inventory);
    if (fixes.isEmpty()
        || !fixes.stream().allMatch(kb -> inventory.awaitsRestart(kb, host.os().lastBootTime()))) {
      return List.of();
    }
    List<String> signals =
        reboot.signals().stream()
            .filter(s -> STRONG.contains(s.signal()))
            .map(WsusRestart::describe)
            .toList();
    boolean packagePending =
        fixes.stream().anyMatch(kb -> inventory.packageState(kb) == PackageState.INSTALL_PENDING);
    if (signals.isEmpty() && !packagePending) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>();
    for (String kb : fixes) {
      evidence.add(
          knowledge.describeUpdate(kb)
              + (inventory.packageState(kb) == PackageState.INSTALL_PENDING
                  ? " is staged: its CBS package is InstallPending"
                  : " was installed on "
                      + inventory.installedOn(kb)
                      + ", after the last boot at "
                      + host.os().lastBootTime()));
    }
    if (!signals.isEmpty()) {
      evidence.add("a restart is pending: " + String.join("; ", signals));
    }
    evidence.add("the WSUS fix it carries takes effect only after the restart");
    return evidence;
  }

  /** Installed (or pending) updates that provide the fix this WSUS host needs. */
  private static List<String> fixes(
      Knowledge knowledge, Wsus wsus, HostOs host, InstalledInventory inventory) {
    Set<String> present = inventory.kbsIncludingPending();
    var versionRule = knowledge.wsusVersionRequirement(wsus.version());
    if (!versionRule.isEmpty()) {
      String kb = versionRule.get(0).requiredKb();
      return present.contains(kb) ? List.of(kb) : List.of();
    }
    List<WsusRollupStatus> status =
        knowledge.wsusRollupStatus(host.release(), present, host.build(), host.ubr());
    if (status.isEmpty() || status.get(0).satisfiedByBuild()) {
      return List.of();
    }
    return status.get(0).satisfyingKbs();
  }

  private static String describe(RebootSignal s) {
    return s.signal().wire() + (s.detail() == null ? "" : " (" + s.detail() + ")");
  }
}

package org.wuhealth.rules.api.wsus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.WsusRequirement;
import org.wuhealth.knowledge.WsusRollupStatus;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;

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

  /** Server 2008 (NT 6.0) and 2008 R2 (NT 6.1), which run WSUS 3.0 and nothing later. */
  private static final Set<String> WSUS3_NT_VERSIONS = Set.of("6.0", "6.1");

  private WsusRestart() {}

  /**
   * What WSUS-RESTART-PENDING reports, as a 0/1 list: empty when the fix is in effect, not
   * installed, or no restart is pending. When the last boot time was not collected, an installed
   * fix with a restart pending is only a possible cause.
   */
  public static List<WsusRestartAssessment> assess(
      Knowledge knowledge,
      Wsus wsus,
      HostOs host,
      InstalledInventory inventory,
      PendingReboot reboot) {
    List<String> fixes = fixes(knowledge, wsus, host, inventory);
    if (fixes == null) {
      return List.of();
    }
    Instant lastBoot = host.os().lastBootTime();
    boolean bootKnown = lastBoot != null;
    boolean waiting =
        fixes.stream()
            .allMatch(
                kb ->
                    inventory.awaitsRestart(kb, lastBoot)
                        || (!bootKnown && inventory.installedOn(kb) != null));
    List<String> signals =
        reboot.signals().stream()
            .filter(s -> STRONG.contains(s.signal()))
            .map(WsusRestart::describe)
            .toList();
    if (fixes.isEmpty() && !signals.isEmpty() && !inventory.packagesKnown()) {
      // a restart is pending, and the fix may be the update staged for it, invisible without CBS
      return List.of(WsusRestartAssessment.notChecked("packages"));
    }
    if (fixes.isEmpty() || !waiting) {
      return List.of();
    }
    boolean packagePending = fixes.stream().anyMatch(kb -> pending(inventory, kb));
    if (signals.isEmpty() && !packagePending) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>();
    for (String kb : fixes) {
      evidence.add(
          knowledge.describeUpdate(kb)
              + (pending(inventory, kb)
                  ? " is staged: its CBS package is InstallPending"
                  : " was installed on "
                      + inventory.installedOn(kb)
                      + (bootKnown ? ", after the last boot at " + lastBoot : "")));
    }
    if (!signals.isEmpty()) {
      evidence.add("a restart is pending: " + String.join("; ", signals));
    }
    boolean certainlyAfterBoot = packagePending || bootKnown;
    if (!certainlyAfterBoot) {
      evidence.add(
          "the last boot time was not collected, so whether the host restarted since the fix was"
              + " installed is unknown");
    }
    evidence.add("the WSUS fix it carries takes effect only after the restart");
    return List.of(new WsusRestartAssessment(evidence, !certainlyAfterBoot));
  }

  private static boolean pending(InstalledInventory inventory, String kb) {
    return inventory.packageState(kb) == PackageState.INSTALL_PENDING;
  }

  /**
   * Installed (or pending) updates that provide the fix this WSUS host needs; empty when it needs
   * one and none is installed, null when it needs none (no requirement for its release and role, or
   * the running build already has the fix). The OS rollups of 2012 and later are a requirement of
   * the WSUS server only; a console needs a fix only on WSUS 3.0 SP2 (KB4039929, the guide's note).
   */
  private static List<String> fixes(
      Knowledge knowledge, Wsus wsus, HostOs host, InstalledInventory inventory) {
    Set<String> present = inventory.kbsIncludingPending();
    var versionRule =
        wsus.version() != null
            ? knowledge.wsusVersionRequirement(wsus.version())
            // WSUS on Server 2008 and 2008 R2 can only be WSUS 3.0, whose fix is KB4039929
            : WSUS3_NT_VERSIONS.contains(host.ntVersion())
                ? knowledge.wsusVersionRequirements()
                : List.<WsusRequirement>of();
    if (!versionRule.isEmpty()) {
      String kb = versionRule.get(0).requiredKb();
      return present.contains(kb) ? List.of(kb) : List.of();
    }
    if (wsus.role() != WsusRole.SERVER) {
      return null;
    }
    List<WsusRollupStatus> status =
        knowledge.wsusRollupStatus(host.release(), present, host.build(), host.ubr());
    if (status.isEmpty() || status.get(0).satisfiedByBuild()) {
      return null;
    }
    return status.get(0).satisfyingKbs();
  }

  private static String describe(RebootSignal s) {
    return s.signal().wire() + (s.detail() == null ? "" : " (" + s.detail() + ")");
  }
}

package org.wuhealth.rules.api.wsus;

import java.util.List;
import java.util.Set;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.WsusRequirement;
import org.wuhealth.knowledge.WsusRollupStatus;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;

/**
 * The lookup of WSUS-RESTART-PENDING: which installed (or staged) updates carry the fix a WSUS host
 * needs, KB4039929 on WSUS 3.0 SP2 or the required OS rollup on 2012 and later. Whether they wait
 * for a restart is the rule's condition.
 */
public final class WsusFix {
  /** Server 2008 (NT 6.0) and 2008 R2 (NT 6.1), which run WSUS 3.0 and nothing later. */
  private static final Set<String> WSUS3_NT_VERSIONS = Set.of("6.0", "6.1");

  private WsusFix() {}

  /**
   * The installed or staged updates that provide the fix; empty when the host needs one and none is
   * installed, null when it needs none (no requirement for its release and role, or the running
   * build already has the fix). The OS rollups of 2012 and later are a requirement of the WSUS
   * server only; a console needs a fix only on WSUS 3.0 SP2 (KB4039929, the guide's note).
   */
  public static List<String> installed(
      Knowledge knowledge, Wsus wsus, HostOs host, InstalledInventory inventory) {
    Set<String> present = inventory.kbsIncludingPending();
    List<WsusRequirement> versionRule =
        wsus.version() != null
            ? knowledge.wsusVersionRequirement(wsus.version())
            // WSUS on Server 2008 and 2008 R2 can only be WSUS 3.0, whose fix is KB4039929
            : WSUS3_NT_VERSIONS.contains(host.ntVersion())
                ? knowledge.wsusVersionRequirements()
                : List.of();
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
}

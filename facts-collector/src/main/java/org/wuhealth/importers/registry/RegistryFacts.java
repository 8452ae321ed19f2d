package org.wuhealth.importers.registry;

import java.util.List;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.importers.OsFacts;

/**
 * The facts the registry holds. A null member was not in the registry that was read (unknown); an
 * empty list or a record of nulls was read and found empty.
 *
 * @param packages the update packages under CBS\Packages ("Package_..."; features and language
 *     packs are left out)
 * @param services the update-related services found under Services (state unknown, start type from
 *     Start and DelayedAutostart)
 * @param issues what was only partly covered (a pending-restart location missing from the export)
 */
public record RegistryFacts(
    String computerName,
    String domain,
    OsFacts os,
    List<CbsPackage> packages,
    ServicingStack servicingStack,
    PendingReboot pendingReboot,
    UpdatePolicy policy,
    PauseState pause,
    String susClientId,
    WsusRole wsusRole,
    String wsusVersion,
    List<ServiceInfo> services,
    List<CollectionIssue> issues) {

  public RegistryFacts {
    packages = packages == null ? null : List.copyOf(packages);
    services = services == null ? null : List.copyOf(services);
    issues = List.copyOf(issues);
  }
}

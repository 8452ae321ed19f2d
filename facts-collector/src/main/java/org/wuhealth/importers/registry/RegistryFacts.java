package org.wuhealth.importers.registry;

import java.util.List;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.ConfigMgr;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.facts.UpdateHealthTools;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.Wsus;
import org.wuhealth.parsing.OsFacts;

/**
 * The facts the registry holds. A null member was not in the registry that was read (unknown); an
 * empty list or a record of nulls was read and found empty.
 *
 * @param packages the update packages under CBS\Packages ("Package_..."; features and language
 *     packs are left out)
 * @param cbsUpdates one installed update per KB that CBS lists as installed, with the date of its
 *     newest installed package (source cbs); the live collector merges it with the QFE list
 * @param lastScan the last successful detection Windows Update recorded (releases before the 10.0
 *     family), source unknown
 * @param wsusSetup what WSUS setup's registry key gives: the role, version and content folder (the
 *     other members null; a member is null too when it was not read)
 * @param services the update-related services found under Services (state unknown, start type from
 *     Start and DelayedAutostart)
 * @param issues what was only partly covered (a pending-restart location missing from the export)
 */
public record RegistryFacts(
    String computerName,
    String domain,
    OsFacts os,
    List<CbsPackage> packages,
    List<InstalledUpdate> cbsUpdates,
    ServicingStack servicingStack,
    PendingReboot pendingReboot,
    UpdatePolicy policy,
    PauseState pause,
    LastScan lastScan,
    String susClientId,
    List<String> safeguardHolds,
    UpdateHealthTools updateHealthTools,
    Wsus wsusSetup,
    ConfigMgr configMgr,
    List<ServiceInfo> services,
    List<CollectionIssue> issues) {

  public RegistryFacts {
    packages = packages == null ? null : List.copyOf(packages);
    cbsUpdates = cbsUpdates == null ? null : List.copyOf(cbsUpdates);
    safeguardHolds = safeguardHolds == null ? null : List.copyOf(safeguardHolds);
    services = services == null ? null : List.copyOf(services);
    issues = List.copyOf(issues);
  }
}

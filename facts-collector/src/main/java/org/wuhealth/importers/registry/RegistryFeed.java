package org.wuhealth.importers.registry;

import static org.wuhealth.importers.registry.RegistryPaths.ACTIVE_COMPUTER_NAME;
import static org.wuhealth.importers.registry.RegistryPaths.CBS_PACKAGES;
import static org.wuhealth.importers.registry.RegistryPaths.CBS_VERSION;
import static org.wuhealth.importers.registry.RegistryPaths.COMPUTER_NAME;
import static org.wuhealth.importers.registry.RegistryPaths.CURRENT_VERSION;
import static org.wuhealth.importers.registry.RegistryPaths.ENVIRONMENT;
import static org.wuhealth.importers.registry.RegistryPaths.PRODUCT_OPTIONS;
import static org.wuhealth.importers.registry.RegistryPaths.SERVICES;
import static org.wuhealth.importers.registry.RegistryPaths.SMS_IDENTIFICATION;
import static org.wuhealth.importers.registry.RegistryPaths.TCPIP;
import static org.wuhealth.importers.registry.RegistryPaths.UNINSTALL;
import static org.wuhealth.importers.registry.RegistryPaths.UNINSTALL_32;
import static org.wuhealth.importers.registry.RegistryPaths.UPGRADE_INDICATORS;
import static org.wuhealth.importers.registry.RegistryPaths.WSUS_SETUP;
import static org.wuhealth.importers.registry.RegistryPaths.WU_DETECT_RESULT;
import static org.wuhealth.importers.registry.RegistryPaths.WU_POLICY;
import static org.wuhealth.importers.registry.RegistryPaths.WU_STATE;
import static org.wuhealth.importers.registry.RegistryPaths.WU_UX_SETTINGS;

import java.util.ArrayList;
import java.util.List;
import org.wuhealth.assembly.Origin;
import org.wuhealth.assembly.SnapshotAssembly;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.Wsus;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.OsFacts;

/**
 * Puts the registry's facts into the assembly, each with the origins of the keys it comes from: the
 * one feed of the import (an origin per export whose subtrees hold those keys) and the live
 * collector (one origin, the registry it read).
 */
public final class RegistryFeed {
  private RegistryFeed() {}

  /** Where the facts read from some registry keys came from (none: the keys were not read). */
  @FunctionalInterface
  public interface Origins {
    List<Origin> of(String... paths);
  }

  /**
   * Where the import and the live collector take the registry differently, on purpose.
   *
   * @param hostAsRead the name and domain as the registry holds them, a domain of WORKGROUP
   *     included (live: the host's own keys, read once); otherwise names that identify no host are
   *     passed over and the name must agree with the other exports (import)
   * @param cbsUpdates CBS's installed packages join the update list (live, beside the QFE list; an
   *     import takes its update list from the exports that list updates)
   * @param wsusOnlyWithRole the WSUS section only when the setup key gives a role (live: without a
   *     role the WSUS files were not looked at, and the section would claim they were)
   * @param windowsUpdateRead the Windows Update section stands even when none of its values is set
   *     (live: the keys were read; an export may simply not hold them)
   * @param osServicesAndIssues the OS, the services and the mapper's issues come from here
   *     (import); the live collector merges the OS with RtlGetVersion's answer and the services
   *     with the service manager's before they reach the assembly, and lists the issues with its
   *     runs'
   */
  public record Differences(
      boolean hostAsRead,
      boolean cbsUpdates,
      boolean wsusOnlyWithRole,
      boolean windowsUpdateRead,
      boolean osServicesAndIssues) {
    public static final Differences IMPORT = new Differences(false, false, false, false, true);
    public static final Differences LIVE = new Differences(true, true, true, true, false);
  }

  /** The origins of an import: one per export file whose subtrees hold one of the keys. */
  public static Origins exportsOf(RegistryTree tree, String format) {
    return paths -> {
      List<String> sources = new ArrayList<>();
      for (String path : paths) {
        for (String source : tree.sources(path)) {
          if (!sources.contains(source)) {
            sources.add(source);
          }
        }
      }
      return sources.stream().map(s -> new Origin(s, format, null)).toList();
    };
  }

  public static void feed(
      SnapshotAssembly assembly, RegistryFacts facts, Origins origins, Differences differences)
      throws ImportException {
    for (Origin o : origins.of(ACTIVE_COMPUTER_NAME, COMPUTER_NAME, TCPIP)) {
      if (differences.hostAsRead()) {
        assembly.host(facts.computerName(), facts.domain(), o);
      } else {
        assembly.hostName(facts.computerName(), o);
      }
    }
    if (!differences.hostAsRead()) {
      for (Origin o : origins.of(TCPIP)) {
        assembly.domain(facts.domain(), o);
      }
    }
    if (differences.osServicesAndIssues()) {
      os(assembly, facts.os(), origins);
    }
    if (differences.cbsUpdates() && facts.cbsUpdates() != null) {
      for (Origin o : origins.of(CBS_PACKAGES)) {
        assembly.updatesCollected();
        facts.cbsUpdates().forEach(u -> assembly.update(u, o));
      }
    }
    for (Origin o : origins.of(CBS_PACKAGES)) {
      assembly.packages(facts.packages(), o);
    }
    for (Origin o : origins.of(CBS_VERSION)) {
      assembly.servicingStack(facts.servicingStack(), o);
    }
    List<Origin> reboot = origins.of(RegistryFactsMapper.rebootLocations().toArray(String[]::new));
    for (Origin o : reboot) {
      assembly.pendingReboot(facts.pendingReboot(), o);
    }
    if (differences.windowsUpdateRead()) {
      assembly.windowsUpdateCollected();
    }
    windowsUpdate(assembly, WindowsUpdate.builder().policy(facts.policy()), origins, WU_POLICY);
    windowsUpdate(assembly, WindowsUpdate.builder().pause(facts.pause()), origins, WU_UX_SETTINGS);
    windowsUpdate(
        assembly, WindowsUpdate.builder().susClientId(facts.susClientId()), origins, WU_STATE);
    windowsUpdate(
        assembly, WindowsUpdate.builder().lastScan(facts.lastScan()), origins, WU_DETECT_RESULT);
    windowsUpdate(
        assembly,
        WindowsUpdate.builder().safeguardHolds(facts.safeguardHolds()),
        origins,
        UPGRADE_INDICATORS);
    windowsUpdate(
        assembly,
        WindowsUpdate.builder().updateHealthTools(facts.updateHealthTools()),
        origins,
        UNINSTALL,
        UNINSTALL_32,
        SERVICES + "\\uhssvc");
    if (!differences.wsusOnlyWithRole() || facts.wsusSetup().role() != null) {
      for (Origin o : origins.of(WSUS_SETUP)) {
        assembly.wsus(facts.wsusSetup(), o);
      }
      for (Origin o : origins.of(SMS_IDENTIFICATION, WSUS_SETUP)) {
        assembly.wsus(Wsus.builder().configMgr(facts.configMgr()).build(), o);
      }
    }
    if (differences.osServicesAndIssues()) {
      List<Origin> services = services(assembly, facts.services(), origins);
      // the mapper raises issues only about what it partly read: restart markers and services
      for (CollectionIssue issue : facts.issues()) {
        List<Origin> from = "services".equals(issue.section()) ? services : reboot;
        assembly.issue(issue, from.get(0));
      }
    }
  }

  /** The OS, each part with the key it is read from. */
  private static void os(SnapshotAssembly assembly, OsFacts os, Origins origins)
      throws ImportException {
    if (os == null) {
      return;
    }
    for (Origin o : origins.of(CURRENT_VERSION)) {
      assembly.os(
          new OsFacts(
              os.productName(),
              os.version(),
              os.build(),
              os.ubr(),
              null,
              os.installationType(),
              os.editionId(),
              null,
              null,
              os.displayVersion()),
          o);
    }
    for (Origin o : origins.of(PRODUCT_OPTIONS)) {
      assembly.os(
          new OsFacts(null, null, null, null, os.productType(), null, null, null, null, null), o);
    }
    for (Origin o : origins.of(ENVIRONMENT)) {
      assembly.os(
          new OsFacts(null, null, null, null, null, null, null, os.architecture(), null, null), o);
    }
  }

  private static void windowsUpdate(
      SnapshotAssembly assembly, WindowsUpdate.Builder part, Origins origins, String... paths) {
    WindowsUpdate given = part.build();
    for (Origin o : origins.of(paths)) {
      assembly.windowsUpdate(given, o);
    }
  }

  /** The services, each with its own key; the origins of the services read. */
  private static List<Origin> services(
      SnapshotAssembly assembly, List<ServiceInfo> list, Origins origins) {
    List<Origin> read = new ArrayList<>();
    if (list == null) {
      return read;
    }
    for (ServiceInfo s : list) {
      for (Origin o : origins.of(SERVICES + "\\" + s.name())) {
        assembly.services(List.of(s), o);
        read.add(o);
      }
    }
    if (list.isEmpty()) {
      for (Origin o : origins.of(SERVICES)) {
        assembly.services(List.of(), o);
      }
    }
    return read;
  }
}

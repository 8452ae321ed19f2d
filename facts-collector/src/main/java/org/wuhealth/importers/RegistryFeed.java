package org.wuhealth.importers;

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
import org.wuhealth.facts.Wsus;
import org.wuhealth.importers.registry.RegistryFacts;
import org.wuhealth.importers.registry.RegistryFactsMapper;
import org.wuhealth.importers.registry.RegistryTree;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.OsFacts;

/**
 * Puts registry facts into the draft, each with the exports it was read from: the exports whose
 * subtrees hold the keys that fact comes from.
 */
final class RegistryFeed {
  private RegistryFeed() {}

  static void feed(SnapshotAssembly draft, RegistryTree tree, RegistryFacts facts)
      throws ImportException {
    for (Origin o : origins(tree, ACTIVE_COMPUTER_NAME, COMPUTER_NAME, TCPIP)) {
      draft.hostName(facts.computerName(), o);
    }
    for (Origin o : origins(tree, TCPIP)) {
      draft.domain(facts.domain(), o);
    }
    OsFacts os = facts.os();
    if (os != null) {
      for (Origin o : origins(tree, CURRENT_VERSION)) {
        draft.os(
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
      for (Origin o : origins(tree, PRODUCT_OPTIONS)) {
        draft.os(
            new OsFacts(null, null, null, null, os.productType(), null, null, null, null, null), o);
      }
      for (Origin o : origins(tree, ENVIRONMENT)) {
        draft.os(
            new OsFacts(null, null, null, null, null, null, null, os.architecture(), null, null),
            o);
      }
    }
    for (Origin o : origins(tree, CBS_PACKAGES)) {
      draft.packages(facts.packages(), o);
    }
    for (Origin o : origins(tree, CBS_VERSION)) {
      draft.servicingStack(facts.servicingStack(), o);
    }
    List<Origin> reboot =
        origins(tree, RegistryFactsMapper.rebootLocations().toArray(String[]::new));
    for (Origin o : reboot) {
      draft.pendingReboot(facts.pendingReboot(), o);
    }
    for (Origin o : origins(tree, WU_POLICY)) {
      draft.policy(facts.policy(), o);
    }
    for (Origin o : origins(tree, WU_UX_SETTINGS)) {
      draft.pause(facts.pause(), o);
    }
    for (Origin o : origins(tree, WU_STATE)) {
      draft.susClientId(facts.susClientId(), o);
    }
    if (facts.lastScan() != null) {
      for (Origin o : origins(tree, WU_DETECT_RESULT)) {
        draft.lastScan(facts.lastScan(), o);
      }
    }
    for (Origin o : origins(tree, UPGRADE_INDICATORS)) {
      draft.safeguardHolds(facts.safeguardHolds(), o);
    }
    for (Origin o : origins(tree, UNINSTALL, UNINSTALL_32, SERVICES + "\\uhssvc")) {
      draft.updateHealthTools(facts.updateHealthTools(), o);
    }
    for (Origin o : origins(tree, WSUS_SETUP)) {
      draft.wsus(facts.wsusSetup(), o);
    }
    for (Origin o : origins(tree, SMS_IDENTIFICATION, WSUS_SETUP)) {
      draft.wsus(Wsus.builder().configMgr(facts.configMgr()).build(), o);
    }
    List<Origin> services = new ArrayList<>();
    if (facts.services() != null) {
      for (ServiceInfo s : facts.services()) {
        for (Origin o : origins(tree, SERVICES + "\\" + s.name())) {
          draft.services(List.of(s), o);
          services.add(o);
        }
      }
      if (facts.services().isEmpty()) {
        for (Origin o : origins(tree, SERVICES)) {
          draft.services(List.of(), o);
        }
      }
    }
    // the mapper raises issues only about what it partly read: restart markers and services
    for (CollectionIssue issue : facts.issues()) {
      List<Origin> from = "services".equals(issue.section()) ? services : reboot;
      draft.issue(issue, from.get(0));
    }
  }

  private static List<Origin> origins(RegistryTree tree, String... paths) {
    List<String> sources = new ArrayList<>();
    for (String path : paths) {
      for (String source : tree.sources(path)) {
        if (!sources.contains(source)) {
          sources.add(source);
        }
      }
    }
    return sources.stream().map(s -> new Origin(s, FileType.REGISTRY.format(), null)).toList();
  }
}

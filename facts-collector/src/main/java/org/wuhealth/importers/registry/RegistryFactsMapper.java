package org.wuhealth.importers.registry;

import static org.wuhealth.importers.registry.RegistryPaths.ACTIVE_COMPUTER_NAME;
import static org.wuhealth.importers.registry.RegistryPaths.CBS;
import static org.wuhealth.importers.registry.RegistryPaths.CBS_PACKAGES;
import static org.wuhealth.importers.registry.RegistryPaths.CBS_PENDED_SESSION_PACKAGES;
import static org.wuhealth.importers.registry.RegistryPaths.CBS_VERSION;
import static org.wuhealth.importers.registry.RegistryPaths.COMPUTER_NAME;
import static org.wuhealth.importers.registry.RegistryPaths.CURRENT_VERSION;
import static org.wuhealth.importers.registry.RegistryPaths.ENVIRONMENT;
import static org.wuhealth.importers.registry.RegistryPaths.NETLOGON;
import static org.wuhealth.importers.registry.RegistryPaths.PRODUCT_OPTIONS;
import static org.wuhealth.importers.registry.RegistryPaths.RUN_ONCE;
import static org.wuhealth.importers.registry.RegistryPaths.SERVER_MANAGER_REBOOT_ATTEMPTS;
import static org.wuhealth.importers.registry.RegistryPaths.SERVICES;
import static org.wuhealth.importers.registry.RegistryPaths.SESSION_MANAGER;
import static org.wuhealth.importers.registry.RegistryPaths.SMS_IDENTIFICATION;
import static org.wuhealth.importers.registry.RegistryPaths.SMS_REBOOT_DATA;
import static org.wuhealth.importers.registry.RegistryPaths.TCPIP;
import static org.wuhealth.importers.registry.RegistryPaths.UNINSTALL;
import static org.wuhealth.importers.registry.RegistryPaths.UNINSTALL_32;
import static org.wuhealth.importers.registry.RegistryPaths.UPDATES;
import static org.wuhealth.importers.registry.RegistryPaths.UPDATE_SERVICES;
import static org.wuhealth.importers.registry.RegistryPaths.UPGRADE_INDICATORS;
import static org.wuhealth.importers.registry.RegistryPaths.WSUS_SETUP;
import static org.wuhealth.importers.registry.RegistryPaths.WU_AUTO_UPDATE;
import static org.wuhealth.importers.registry.RegistryPaths.WU_DETECT_RESULT;
import static org.wuhealth.importers.registry.RegistryPaths.WU_POLICY;
import static org.wuhealth.importers.registry.RegistryPaths.WU_POLICY_AU;
import static org.wuhealth.importers.registry.RegistryPaths.WU_SERVICES_PENDING;
import static org.wuhealth.importers.registry.RegistryPaths.WU_STATE;
import static org.wuhealth.importers.registry.RegistryPaths.WU_UX_SETTINGS;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.ConfigMgr;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.facts.StartType;
import org.wuhealth.facts.UpdateHealthTools;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.facts.WireValue;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.parsing.OsFacts;
import org.wuhealth.parsing.TimeRange;
import org.wuhealth.snapshot.Excerpt;

/**
 * Maps registry values to facts, whatever read them (a {@code .reg} export or the live registry).
 * Absence counts only where the tree says it was covered: a key missing from an export of another
 * key is unknown, not "not set".
 */
public final class RegistryFactsMapper {
  private static final Pattern KB_IN_PACKAGE = Pattern.compile("(?i)_for_KB(\\d{4,8})\\b");
  private static final String ROLE_SERVICES = WSUS_SETUP + "\\Installed Role Services";

  private RegistryFactsMapper() {}

  public static RegistryFacts map(RegistryTree tree) {
    List<CollectionIssue> issues = new ArrayList<>();
    // the name in use; ComputerName\ComputerName is the one a pending rename gives at restart
    String computerName =
        text(tree, ACTIVE_COMPUTER_NAME, "ComputerName")
            .or(() -> text(tree, COMPUTER_NAME, "ComputerName"))
            .or(() -> text(tree, TCPIP, "Hostname"))
            .orElse(null);
    List<CbsPackage> packages = packages(tree);
    return new RegistryFacts(
        computerName,
        text(tree, TCPIP, "Domain").orElse(null),
        os(tree),
        packages,
        packages == null ? null : cbsUpdates(tree, packages),
        servicingStack(tree),
        pendingReboot(tree, issues),
        policy(tree),
        pause(tree),
        lastDetection(tree),
        text(tree, WU_STATE, "SusClientId").orElse(null),
        safeguardHolds(tree),
        updateHealthTools(tree),
        wsusSetup(tree),
        configMgr(tree),
        services(tree, issues),
        issues);
  }

  /** The values of CurrentVersion that become the snapshot's build and UBR. */
  private static final Set<String> OS_NUMBERS = Set.of("currentbuild", "currentbuildnumber", "ubr");

  /**
   * Why a build or UBR value of an export cannot be the host's (a negative number, digits that do
   * not fit, DWORD 0xFFFFFFFF), or empty. Both are non-negative 32-bit integers in a snapshot; a
   * value outside that range is no real host's and is refused with its place rather than mapped to
   * a wrong number or to no build at all.
   */
  static Optional<String> implausible(String key, RegistryValue value) {
    if (!OS_NUMBERS.contains(value.name().toLowerCase(Locale.ROOT))
        || !RegistryTree.normalize(key).equalsIgnoreCase(CURRENT_VERSION)) {
      return Optional.empty();
    }
    Object data = value.data();
    String text = data instanceof String s ? s.strip() : String.valueOf(data);
    boolean digits = data instanceof Long || text.matches("-?\\d+");
    if (!digits) {
      return data instanceof String
          ? Optional.of(value.name() + " is " + Excerpt.quote(text) + ", not a number")
          : Optional.empty();
    }
    boolean fits = text.matches("\\d{1,10}") && Long.parseLong(text) <= Integer.MAX_VALUE;
    return fits
        ? Optional.empty()
        : Optional.of(
            value.name()
                + " is "
                + (text.length() > 12 ? "a number of " + text.length() + " digits" : text)
                + ", out of range (a build or UBR is 0 to 2147483647)");
  }

  private static OsFacts os(RegistryTree tree) {
    if (!tree.exists(CURRENT_VERSION)
        && !tree.exists(PRODUCT_OPTIONS)
        && !tree.exists(ENVIRONMENT)) {
      return null;
    }
    Optional<Long> major = number(tree, CURRENT_VERSION, "CurrentMajorVersionNumber");
    Optional<Long> minor = number(tree, CURRENT_VERSION, "CurrentMinorVersionNumber");
    Integer build =
        number(tree, CURRENT_VERSION, "CurrentBuild")
            .or(() -> number(tree, CURRENT_VERSION, "CurrentBuildNumber"))
            .flatMap(RegistryFactsMapper::int32)
            .orElse(null);
    // CurrentVersion stays "6.3" on the 10.0 family (builds 10240 and later)
    String version =
        major.isPresent() && minor.isPresent()
            ? major.get() + "." + minor.get()
            : build != null && build >= 10240
                ? "10.0"
                : text(tree, CURRENT_VERSION, "CurrentVersion").orElse(null);
    return new OsFacts(
        text(tree, CURRENT_VERSION, "ProductName").orElse(null),
        version,
        build,
        number(tree, CURRENT_VERSION, "UBR").flatMap(RegistryFactsMapper::int32).orElse(null),
        text(tree, PRODUCT_OPTIONS, "ProductType")
            .map(RegistryFactsMapper::productType)
            .orElse(null),
        text(tree, CURRENT_VERSION, "InstallationType")
            .flatMap(t -> WireValue.parse(InstallationType.class, t))
            .orElse(null),
        text(tree, CURRENT_VERSION, "EditionID").orElse(null),
        text(tree, ENVIRONMENT, "PROCESSOR_ARCHITECTURE")
            .map(RegistryFactsMapper::architecture)
            .orElse(null),
        null,
        text(tree, CURRENT_VERSION, "DisplayVersion").orElse(null));
  }

  /** ProductOptions\ProductType: WinNT, ServerNT, LanmanNT (a domain controller). */
  private static ProductType productType(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "winnt" -> ProductType.WORKSTATION;
      case "servernt" -> ProductType.SERVER;
      case "lanmannt" -> ProductType.DOMAIN_CONTROLLER;
      default -> null;
    };
  }

  private static Architecture architecture(String text) {
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "AMD64" -> Architecture.X64;
      case "X86" -> Architecture.X86;
      case "ARM64" -> Architecture.ARM64;
      case "IA64" -> Architecture.IA64;
      default -> null;
    };
  }

  private static List<CbsPackage> packages(RegistryTree tree) {
    if (tree.isUnreadable(CBS_PACKAGES)) {
      return null;
    }
    if (!tree.exists(CBS_PACKAGES)) {
      return tree.isCovered(CBS_PACKAGES) ? List.of() : null;
    }
    List<CbsPackage> packages = new ArrayList<>();
    for (String name : tree.subkeys(CBS_PACKAGES)) {
      if (!name.regionMatches(true, 0, "Package_", 0, 8)) {
        continue;
      }
      String key = CBS_PACKAGES + "\\" + name;
      Matcher kb = KB_IN_PACKAGE.matcher(name);
      packages.add(
          new CbsPackage(
              name,
              kb.find() ? Kb.normalize(kb.group(1)).orElse(null) : null,
              number(tree, key, "CurrentState")
                  .map(RegistryFactsMapper::packageState)
                  .orElse(null)));
    }
    return packages;
  }

  /**
   * CurrentState as the registry stores it (Microsoft's "CBS servicing states" chart): 0x70
   * Installed, 0x80 Permanent (installed for good), 0x60 Install Pending, 0x50 Superseded, 0x40
   * Staged, 0x5 Uninstall Pending, 0 Absent; resolving, staging and partially installed are
   * "Other".
   */
  static PackageState packageState(long state) {
    return switch ((int) state) {
      case 0x70, 0x80 -> PackageState.INSTALLED;
      case 0x60 -> PackageState.INSTALL_PENDING;
      case 0x50 -> PackageState.SUPERSEDED;
      case 0x40 -> PackageState.STAGED;
      case 0x5 -> PackageState.UNINSTALL_PENDING;
      case 0 -> PackageState.ABSENT;
      default -> PackageState.OTHER;
    };
  }

  /**
   * One update per KB whose packages include an installed one, dated by the newest installed
   * package's InstallTimeHigh/InstallTimeLow (a FILETIME; the date is taken in UTC).
   */
  private static List<InstalledUpdate> cbsUpdates(RegistryTree tree, List<CbsPackage> packages) {
    Map<String, LocalDate> newest = new TreeMap<>();
    for (CbsPackage p : packages) {
      if (p.kb() == null || p.state() != PackageState.INSTALLED) {
        continue;
      }
      LocalDate date = installDate(tree, CBS_PACKAGES + "\\" + p.identity());
      newest.merge(p.kb(), date == null ? LocalDate.MIN : date, (a, b) -> a.isAfter(b) ? a : b);
    }
    List<InstalledUpdate> updates = new ArrayList<>();
    newest.forEach(
        (kb, date) ->
            updates.add(
                new InstalledUpdate(
                    kb, date.equals(LocalDate.MIN) ? null : date, null, UpdateSource.CBS)));
    return updates;
  }

  private static final Instant FILETIME_EPOCH = Instant.parse("1601-01-01T00:00:00Z");

  /** InstallTimeHigh and InstallTimeLow: a FILETIME, 100-nanosecond steps since 1601 (UTC). */
  private static LocalDate installDate(RegistryTree tree, String key) {
    Optional<Long> high = number(tree, key, "InstallTimeHigh");
    Optional<Long> low = number(tree, key, "InstallTimeLow");
    if (high.isEmpty() || low.isEmpty()) {
      return null;
    }
    long filetime = (high.get() << 32) | (low.get() & 0xFFFFFFFFL);
    if (filetime <= 0) {
      return null;
    }
    return TimeRange.within(FILETIME_EPOCH.plusMillis(filetime / 10_000))
        .map(t -> t.atZone(ZoneOffset.UTC).toLocalDate())
        .orElse(null);
  }

  /** The newest version named under CBS\Version, where each servicing stack registers itself. */
  private static ServicingStack servicingStack(RegistryTree tree) {
    if (tree.isUnreadable(CBS_VERSION)) {
      return null;
    }
    return tree.values(CBS_VERSION).stream()
        .map(RegistryValue::name)
        .filter(n -> n.matches("\\d+(\\.\\d+){1,3}"))
        .max(Comparator.comparing(RegistryFactsMapper::versionKey))
        .map(ServicingStack::new)
        .orElse(null);
  }

  private static String versionKey(String version) {
    StringBuilder key = new StringBuilder();
    for (String part : version.split("\\.")) {
      // zero-padded so that text order is number order, whatever the length of a part
      String digits = part.replaceFirst("^0+(?=.)", "");
      key.append(String.format(Locale.ROOT, "%04d%s", digits.length(), digits));
    }
    return key.toString();
  }

  /** A place where a restart marker may be, and how to read it once the place was covered. */
  private record RebootLocation(String path, BiConsumer<RegistryTree, List<RebootSignal>> read) {}

  private static final String WU_SERVICE_REGISTRATION = "117cab2d-82b1-4b5a-a08c-4d62dbee7782";

  /**
   * Every restart marker the troubleshooting references list, by the key that must have been read
   * for its absence to mean anything.
   */
  private static final List<RebootLocation> REBOOT_LOCATIONS =
      List.of(
          new RebootLocation(
              CBS,
              (tree, signals) -> {
                keySignal(
                    tree, CBS + "\\RebootPending", RebootSignalKind.CBS_REBOOT_PENDING, signals);
                keySignal(
                    tree, CBS + "\\RebootInProgress", RebootSignalKind.CBS_REBOOT_PENDING, signals);
                keySignal(
                    tree, CBS + "\\RebootRequired", RebootSignalKind.CBS_REBOOT_PENDING, signals);
                keySignal(
                    tree,
                    CBS + "\\PackagesPending",
                    RebootSignalKind.CBS_PACKAGES_PENDING,
                    signals);
              }),
          new RebootLocation(
              CBS_PENDED_SESSION_PACKAGES,
              (tree, signals) -> {
                List<String> pended = tree.subkeys(CBS_PENDED_SESSION_PACKAGES);
                if (!pended.isEmpty()) {
                  signals.add(
                      new RebootSignal(
                          RebootSignalKind.CBS_PACKAGES_PENDING,
                          CBS_PENDED_SESSION_PACKAGES
                              + ": "
                              + pended.size()
                              + " package session"
                              + (pended.size() == 1 ? "" : "s")
                              + " wait for a restart"));
                }
              }),
          new RebootLocation(
              WU_AUTO_UPDATE,
              (tree, signals) -> {
                keySignal(
                    tree,
                    WU_AUTO_UPDATE + "\\RebootRequired",
                    RebootSignalKind.WU_REBOOT_REQUIRED,
                    signals);
                keySignal(
                    tree,
                    WU_AUTO_UPDATE + "\\PostRebootReporting",
                    RebootSignalKind.OTHER,
                    signals);
              }),
          new RebootLocation(
              WU_SERVICES_PENDING,
              (tree, signals) -> {
                List<String> pending =
                    tree.subkeys(WU_SERVICES_PENDING).stream()
                        .filter(k -> !k.equalsIgnoreCase(WU_SERVICE_REGISTRATION))
                        .toList();
                if (!pending.isEmpty()) {
                  signals.add(
                      new RebootSignal(
                          RebootSignalKind.OTHER,
                          WU_SERVICES_PENDING + ": " + String.join(", ", pending)));
                }
              }),
          new RebootLocation(
              SESSION_MANAGER,
              (tree, signals) -> {
                for (String name :
                    List.of("PendingFileRenameOperations", "PendingFileRenameOperations2")) {
                  tree.value(SESSION_MANAGER, name)
                      .map(RegistryValue::asStrings)
                      .filter(ops -> ops.stream().anyMatch(s -> !s.isBlank()))
                      .ifPresent(
                          ops ->
                              signals.add(
                                  new RebootSignal(
                                      RebootSignalKind.PENDING_FILE_RENAME_OPERATIONS,
                                      renameDetail(name, ops))));
                }
              }),
          new RebootLocation(
              UPDATES,
              (tree, signals) ->
                  number(tree, UPDATES, "UpdateExeVolatile")
                      .filter(v -> v != 0)
                      .ifPresent(
                          v ->
                              signals.add(
                                  new RebootSignal(
                                      RebootSignalKind.UPDATE_EXE_VOLATILE,
                                      UPDATES + " UpdateExeVolatile = " + v)))),
          new RebootLocation(
              RUN_ONCE,
              (tree, signals) -> {
                if (tree.value(RUN_ONCE, "DVDRebootSignal").isPresent()) {
                  signals.add(
                      new RebootSignal(RebootSignalKind.OTHER, RUN_ONCE + " DVDRebootSignal"));
                }
              }),
          new RebootLocation(
              SERVER_MANAGER_REBOOT_ATTEMPTS,
              (tree, signals) ->
                  keySignal(tree, SERVER_MANAGER_REBOOT_ATTEMPTS, RebootSignalKind.OTHER, signals)),
          new RebootLocation(
              ACTIVE_COMPUTER_NAME,
              (tree, signals) -> {
                Optional<String> active = text(tree, ACTIVE_COMPUTER_NAME, "ComputerName");
                Optional<String> pending = text(tree, COMPUTER_NAME, "ComputerName");
                if (active.isPresent()
                    && pending.isPresent()
                    && !active.get().equalsIgnoreCase(pending.get())) {
                  signals.add(
                      new RebootSignal(
                          RebootSignalKind.PENDING_COMPUTER_RENAME,
                          "computer name "
                              + active.get()
                              + " becomes "
                              + pending.get()
                              + " at restart"));
                }
              }),
          new RebootLocation(
              NETLOGON,
              (tree, signals) -> {
                for (String name : List.of("JoinDomain", "AvoidSpnSet")) {
                  if (tree.value(NETLOGON, name).isPresent()) {
                    signals.add(
                        new RebootSignal(
                            RebootSignalKind.PENDING_DOMAIN_JOIN, NETLOGON + " " + name));
                  }
                }
              }),
          new RebootLocation(
              SMS_REBOOT_DATA,
              (tree, signals) ->
                  keySignal(
                      tree, SMS_REBOOT_DATA, RebootSignalKind.CONFIG_MGR_REBOOT_PENDING, signals)));

  /** The keys whose absence the restart check needs to know, in checking order. */
  public static List<String> rebootLocations() {
    return REBOOT_LOCATIONS.stream().map(RebootLocation::path).toList();
  }

  /**
   * Restart markers, each only where the registry that was read covers it. When some are covered
   * and others not, the signals found are kept and an issue names the places not looked at.
   */
  private static PendingReboot pendingReboot(RegistryTree tree, List<CollectionIssue> issues) {
    List<RebootSignal> signals = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (RebootLocation location : REBOOT_LOCATIONS) {
      if (tree.isCovered(location.path())) {
        location.read().accept(tree, signals);
      } else {
        unchecked.add(location.path());
      }
    }
    if (unchecked.size() == REBOOT_LOCATIONS.size()) {
      return null;
    }
    if (!unchecked.isEmpty()) {
      issues.add(
          new CollectionIssue(
              "registry",
              "pending-restart markers not in the registry that was read: "
                  + String.join(", ", unchecked),
              null,
              "pendingReboot"));
    }
    return new PendingReboot(signals);
  }

  private static void keySignal(
      RegistryTree tree, String path, RebootSignalKind kind, List<RebootSignal> signals) {
    if (tree.exists(path)) {
      signals.add(new RebootSignal(kind, path));
    }
  }

  /** "2 file operations queued (first: \\??\\C:\\Windows\\temp\\x.dll, deleted)". */
  private static String renameDetail(String name, List<String> ops) {
    int pairs = (ops.size() + 1) / 2;
    String first = ops.get(0);
    String target = ops.size() > 1 ? ops.get(1) : "";
    return SESSION_MANAGER
        + " "
        + name
        + ": "
        + pairs
        + " file operation"
        + (pairs == 1 ? "" : "s")
        + " queued (first: "
        + first
        + (target.isEmpty() ? ", deleted" : " -> " + target)
        + ")";
  }

  private static UpdatePolicy policy(RegistryTree tree) {
    if (!tree.exists(WU_POLICY) && !tree.isCovered(WU_POLICY)) {
      return null;
    }
    return UpdatePolicy.builder()
        .wuServer(text(tree, WU_POLICY, "WUServer").orElse(null))
        .wuStatusServer(text(tree, WU_POLICY, "WUStatusServer").orElse(null))
        .useWuServer(flag(tree, WU_POLICY_AU, "UseWUServer"))
        .noAutoUpdate(flag(tree, WU_POLICY_AU, "NoAutoUpdate"))
        .auOptions(number(tree, WU_POLICY_AU, "AUOptions").map(Long::intValue).orElse(null))
        .deferQualityUpdatesDays(
            enabledNumber(tree, "DeferQualityUpdates", "DeferQualityUpdatesPeriodInDays"))
        .deferFeatureUpdatesDays(
            enabledNumber(tree, "DeferFeatureUpdates", "DeferFeatureUpdatesPeriodInDays"))
        .pauseQualityUpdatesStartTime(
            text(tree, WU_POLICY, "PauseQualityUpdatesStartTime")
                .flatMap(RegistryFactsMapper::time)
                .orElse(null))
        .pauseFeatureUpdatesStartTime(
            text(tree, WU_POLICY, "PauseFeatureUpdatesStartTime")
                .flatMap(RegistryFactsMapper::time)
                .orElse(null))
        .targetReleaseVersion(
            number(tree, WU_POLICY, "TargetReleaseVersion").orElse(1L) != 0
                ? text(tree, WU_POLICY, "TargetReleaseVersionInfo").orElse(null)
                : null)
        .disableWufbSafeguards(flag(tree, WU_POLICY, "DisableWUfBSafeguards"))
        .classesFromWindowsUpdate(classesFromWindowsUpdate(tree))
        .build();
  }

  /**
   * "Specify source service for specific classes of Windows Updates": with
   * AU\\UseUpdateClassPolicySource 1, a SetPolicyDrivenUpdateSourceFor*Updates of 0 takes that
   * class from Windows Update and 1 from WSUS (Configuration Manager's "Windows Update scan source
   * policies" article and the Policy CSP, Update area). Only the classes set to 0 are listed:
   * Windows Update does not support a partial configuration, so a class without a value is not
   * known to come from anywhere. Null when the policy is off or not set.
   */
  private static List<String> classesFromWindowsUpdate(RegistryTree tree) {
    if (number(tree, WU_POLICY_AU, "UseUpdateClassPolicySource").orElse(0L) != 1) {
      return null;
    }
    List<String> classes = new ArrayList<>();
    for (String updateClass : List.of("Feature", "Quality", "Driver", "Other")) {
      Optional<Long> source =
          number(tree, WU_POLICY, "SetPolicyDrivenUpdateSourceFor" + updateClass + "Updates");
      if (source.isPresent() && source.get() == 0) {
        classes.add(updateClass.toLowerCase(Locale.ROOT));
      }
    }
    return classes;
  }

  /** A number policy whose switch ("DeferQualityUpdates") is on or absent. */
  private static Integer enabledNumber(RegistryTree tree, String enable, String value) {
    if (number(tree, WU_POLICY, enable).orElse(1L) == 0) {
      return null;
    }
    return number(tree, WU_POLICY, value).map(Long::intValue).orElse(null);
  }

  private static PauseState pause(RegistryTree tree) {
    if (!tree.exists(WU_UX_SETTINGS) && !tree.isCovered(WU_UX_SETTINGS)) {
      return null;
    }
    return new PauseState(
        text(tree, WU_UX_SETTINGS, "PauseQualityUpdatesEndTime")
            .flatMap(RegistryFactsMapper::time)
            .orElse(null),
        text(tree, WU_UX_SETTINGS, "PauseFeatureUpdatesEndTime")
            .flatMap(RegistryFactsMapper::time)
            .orElse(null));
  }

  /**
   * Results\\Detect\\LastSuccessTime ("2026-11-20 07:00:00", UTC), which Windows Update keeps up to
   * date before the 10.0 family; the system does not say which service the scan went to.
   */
  private static LastScan lastDetection(RegistryTree tree) {
    return text(tree, WU_DETECT_RESULT, "LastSuccessTime")
        .flatMap(RegistryFactsMapper::time)
        .map(t -> new LastScan(t, ScanResult.SUCCEEDED, null))
        .orElse(null);
  }

  /**
   * The safeguard hold IDs that gate a feature update: GatedBlockId of each target under
   * TargetVersionUpgradeExperienceIndicators, "None" when the target is not held. Several IDs are
   * separated by commas.
   */
  private static List<String> safeguardHolds(RegistryTree tree) {
    if (!tree.isCovered(UPGRADE_INDICATORS)) {
      return null;
    }
    Set<String> holds = new TreeSet<>();
    for (String target : tree.subkeys(UPGRADE_INDICATORS)) {
      text(tree, UPGRADE_INDICATORS + "\\" + target, "GatedBlockId")
          .ifPresent(
              ids -> {
                for (String id : ids.split("[,;\\s]+")) {
                  if (!id.isBlank() && !id.equalsIgnoreCase("None")) {
                    holds.add(id.trim());
                  }
                }
              });
    }
    return List.copyOf(holds);
  }

  /**
   * Update Health Tools (KB4023057): an Uninstall entry named "Microsoft Update Health Tools", with
   * its version, or the uhssvc service it installs. Never Win32_Product, whose query makes Windows
   * Installer check (and repair) every product.
   */
  private static UpdateHealthTools updateHealthTools(RegistryTree tree) {
    for (String uninstall : List.of(UNINSTALL, UNINSTALL_32)) {
      for (String product : tree.subkeys(uninstall)) {
        String key = uninstall + "\\" + product;
        if (text(tree, key, "DisplayName")
            .filter(n -> n.toLowerCase(Locale.ROOT).contains("update health tools"))
            .isPresent()) {
          return new UpdateHealthTools(true, text(tree, key, "DisplayVersion").orElse(null));
        }
      }
    }
    String service = SERVICES + "\\uhssvc";
    if (tree.exists(service)) {
      return new UpdateHealthTools(true, null);
    }
    if (tree.isCovered(UNINSTALL) && tree.isCovered(UNINSTALL_32) && tree.isCovered(service)) {
      return new UpdateHealthTools(false, null);
    }
    return null;
  }

  /**
   * Configuration Manager markers: a site server has SMS\\Identification with a Site Type other
   * than 2 (a secondary site). Whether a site's software update point is on another server is
   * recorded in the site database, not in this host's registry, so remoteSoftwareUpdatePoint stays
   * unknown. The WSUS console is the UpdateServices-UI role service.
   */
  private static ConfigMgr configMgr(RegistryTree tree) {
    if (!tree.isCovered(SMS_IDENTIFICATION)) {
      return null;
    }
    boolean siteServer =
        tree.exists(SMS_IDENTIFICATION)
            && number(tree, SMS_IDENTIFICATION, "Site Type").orElse(1L) != 2;
    Boolean console = null;
    if (tree.exists(ROLE_SERVICES)) {
      console = tree.value(ROLE_SERVICES, "UpdateServices-UI").isPresent();
    } else if (wsus3InstallType(tree).isPresent()) {
      // WSUS 3.0 installs its console with the server and alone
      console = true;
    } else if (!tree.exists(WSUS_SETUP) && tree.isCovered(WSUS_SETUP)) {
      console = false;
    }
    return new ConfigMgr(siteServer, null, console);
  }

  /** The WSUS section's members that setup's registry key holds. */
  private static Wsus wsusSetup(RegistryTree tree) {
    Wsus.Builder setup = Wsus.builder().role(wsusRole(tree));
    if (tree.exists(WSUS_SETUP)) {
      setup
          .version(text(tree, WSUS_SETUP, "VersionString").orElse(null))
          .contentDir(text(tree, WSUS_SETUP, "ContentDir").orElse(null));
    }
    return setup.build();
  }

  /**
   * What WSUS setup installed. From Server 2012 on, Installed Role Services names the server
   * ("UpdateServices-Services") or only the console ("UpdateServices-UI"); WSUS 3.0 (Server 2008
   * and 2008 R2) has no such key and records InstallType instead. No Setup key where the registry
   * was read means none.
   */
  private static WsusRole wsusRole(RegistryTree tree) {
    if (!tree.exists(WSUS_SETUP)) {
      return tree.isCovered(WSUS_SETUP) ? WsusRole.NONE : null;
    }
    if (tree.value(ROLE_SERVICES, "UpdateServices-Services").isPresent()) {
      return WsusRole.SERVER;
    }
    if (tree.value(ROLE_SERVICES, "UpdateServices-UI").isPresent()) {
      return WsusRole.CONSOLE_ONLY;
    }
    return wsus3InstallType(tree).orElse(null);
  }

  /**
   * Setup\InstallType of WSUS 3.0 and later 3.x releases: 1 a server, 2 the administration console
   * only ("Appendix G: Detect the Version of WSUS", WSUS 3.0 deployment guide). Other values are
   * WSUS 2.0's (32, 64, 128) or unknown, and say nothing here.
   */
  private static Optional<WsusRole> wsus3InstallType(RegistryTree tree) {
    return number(tree, WSUS_SETUP, "InstallType")
        .map(
            type ->
                type == 1 ? WsusRole.SERVER : type == 2 ? WsusRole.CONSOLE_ONLY : (WsusRole) null);
  }

  /**
   * Start types of the update-related services: Start 2 is automatic (delayed when DelayedAutostart
   * is 1), 3 manual, 4 disabled, 0 and 1 start with the kernel. The run state is not in the
   * registry.
   */
  private static List<ServiceInfo> services(RegistryTree tree, List<CollectionIssue> issues) {
    List<ServiceInfo> services = new ArrayList<>();
    for (String name : UPDATE_SERVICES) {
      String key = SERVICES + "\\" + name;
      Optional<Long> start = number(tree, key, "Start");
      if (start.isEmpty()) {
        continue;
      }
      boolean delayed = number(tree, key, "DelayedAutostart").orElse(0L) == 1;
      StartType type =
          switch (start.get().intValue()) {
            case 0, 1 -> StartType.AUTOMATIC;
            case 2 -> delayed ? StartType.AUTOMATIC_DELAYED : StartType.AUTOMATIC;
            case 3 -> StartType.MANUAL;
            case 4 -> StartType.DISABLED;
            default -> StartType.UNKNOWN;
          };
      String displayName =
          text(tree, key, "DisplayName").filter(d -> !d.startsWith("@")).orElse(null);
      services.add(new ServiceInfo(name, displayName, ServiceState.UNKNOWN, type));
    }
    boolean allCovered =
        UPDATE_SERVICES.stream().allMatch(s -> tree.isCovered(SERVICES + "\\" + s));
    if (services.isEmpty() && !allCovered) {
      return null;
    }
    if (!allCovered) {
      issues.add(
          new CollectionIssue(
              "registry",
              "only some service keys were in the registry that was read: "
                  + String.join(", ", services.stream().map(ServiceInfo::name).toList()),
              null,
              "services"));
    }
    return services;
  }

  private static Optional<String> text(RegistryTree tree, String key, String name) {
    return tree.value(key, name)
        .map(RegistryValue::asText)
        .map(String::trim)
        .filter(s -> !s.isEmpty());
  }

  /** A build or UBR as the snapshot holds it; a live registry's impossible value is unknown. */
  private static Optional<Integer> int32(long value) {
    return value >= 0 && value <= Integer.MAX_VALUE ? Optional.of((int) value) : Optional.empty();
  }

  private static Optional<Long> number(RegistryTree tree, String key, String name) {
    return tree.value(key, name).map(RegistryValue::asLong);
  }

  private static Boolean flag(RegistryTree tree, String key, String name) {
    return number(tree, key, name).map(v -> v != 0).orElse(null);
  }

  /** "2026-11-01T10:00:00Z", "2026-11-01 10:00:00" (UTC) or "2026-11-01" (midnight UTC). */
  static Optional<Instant> time(String text) {
    return parsedTime(text).flatMap(TimeRange::within);
  }

  private static Optional<Instant> parsedTime(String text) {
    String t = text.trim();
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeException e) {
      // try the forms without an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      // try a bare date
    }
    try {
      return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

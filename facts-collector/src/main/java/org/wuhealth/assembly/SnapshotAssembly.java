package org.wuhealth.assembly;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.Collector;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.Disk;
import org.wuhealth.facts.Enrollment;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.MachineName;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.Provenance;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.StartType;
import org.wuhealth.facts.UpdateHealthTools;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.WireValue;
import org.wuhealth.facts.Wsus;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.OsFacts;

/**
 * The one place where what several sources say about one host becomes a snapshot: the importer (one
 * source per export file) and the live collector (one per registry, service manager, WMI class,
 * log) both feed it typed partial results with their origin, and the merge policies live here only.
 * A value is set by the first source that has it, a later source that agrees is recorded too; facts
 * that identify the host (name, build, architecture) must agree, or the sources describe different
 * hosts. The newest last scan wins; updates are merged by KB, services by name; attempts and events
 * are sorted by time.
 */
public final class SnapshotAssembly {
  /** Whether updates are listed in KB order rather than in the order the sources listed them. */
  private final boolean updatesByKb;

  /** Whether the snapshot says where each fact came from (import does, live does not). */
  private final boolean withProvenance;

  /** Whether an empty issue list is written as such rather than left out. */
  private final boolean issuesAlwaysListed;

  private SnapshotAssembly(
      boolean updatesByKb, boolean withProvenance, boolean issuesAlwaysListed) {
    this.updatesByKb = updatesByKb;
    this.withProvenance = withProvenance;
    this.issuesAlwaysListed = issuesAlwaysListed;
  }

  /** For an import: the provenance of every fact, updates in the order the files list them. */
  public static SnapshotAssembly imported() {
    return new SnapshotAssembly(false, true, false);
  }

  /**
   * For a live collection: no provenance (the sources are in the collector's record), updates in KB
   * order (QFE and CBS share no order), and the issue list always present, even when empty.
   */
  public static SnapshotAssembly live() {
    return new SnapshotAssembly(true, false, true);
  }

  /** A value with the origins that support it. */
  private static final class Sourced<T> {
    T value;
    final List<Origin> origins = new ArrayList<>();

    Sourced(T value, Origin origin) {
      this.value = value;
      origins.add(origin);
    }

    /** Adds a supporting origin; one per file is enough (the first line that said it). */
    void support(Origin origin) {
      if (origins.stream().noneMatch(o -> o.file().equals(origin.file()))) {
        origins.add(origin);
      }
    }
  }

  /** One fact of the snapshot: its JSON pointer (for provenance) and its value with origins. */
  private final class Fact<T> {
    private final String pointer;
    private Sourced<T> sourced;

    private Fact(String pointer) {
      this.pointer = pointer;
      byPointer.put(pointer, this);
    }

    T value() {
      return sourced == null ? null : sourced.value;
    }

    /** Sets the value; a fact keeps the place in the provenance of when it was first known. */
    void set(T value, Origin origin) {
      if (sourced == null) {
        known.add(this);
      }
      sourced = new Sourced<>(value, origin);
    }
  }

  /** The facts with a value, in the order they became known. */
  private final List<Fact<?>> known = new ArrayList<>();

  /** Every fact by its pointer, for the sections assembled member by member. */
  private final Map<String, Fact<?>> byPointer = new HashMap<>();

  private final Fact<String> hostName = new Fact<>("/host/name");
  private final Fact<String> domain = new Fact<>("/host/domain");
  private final Fact<String> productName = new Fact<>("/os/productName");
  private final Fact<String> version = new Fact<>("/os/version");
  private final Fact<Integer> build = new Fact<>("/os/build");
  private final Fact<Integer> ubr = new Fact<>("/os/ubr");
  private final Fact<ProductType> productType = new Fact<>("/os/productType");
  private final Fact<InstallationType> installationType = new Fact<>("/os/installationType");
  private final Fact<String> editionId = new Fact<>("/os/editionId");
  private final Fact<Architecture> architecture = new Fact<>("/os/architecture");
  private final Fact<Instant> lastBootTime = new Fact<>("/os/lastBootTime");
  private final Fact<String> displayVersion = new Fact<>("/os/displayVersion");
  private final Fact<List<CbsPackage>> packages = new Fact<>("/packages");
  private final Fact<ServicingStack> servicingStack = new Fact<>("/servicingStack");
  private final Fact<PendingReboot> pendingReboot = new Fact<>("/pendingReboot");
  private final Fact<UpdatePolicy> policy = new Fact<>("/windowsUpdate/policy");
  private final Fact<PauseState> pause = new Fact<>("/windowsUpdate/pause");
  private final Fact<String> susClientId = new Fact<>("/windowsUpdate/susClientId");
  private final Fact<LastScan> lastScan = new Fact<>("/windowsUpdate/lastScan");
  private final Fact<List<String>> safeguardHolds = new Fact<>("/windowsUpdate/safeguardHolds");
  private final Fact<UpdateHealthTools> updateHealthTools =
      new Fact<>("/windowsUpdate/updateHealthTools");
  private final Fact<List<Deployment>> deployments = new Fact<>("/windowsUpdate/deployments");
  private final Fact<Enrollment> enrollment = new Fact<>("/windowsUpdate/enrollment");
  // The WSUS section is assembled member by member from the model (FactPaths): a member added to
  // Wsus is merged, given provenance and built without code here.
  private final List<Fact<?>> wsus = section("/wsus", Wsus.class);
  private final Fact<ComponentStore> componentStore = new Fact<>("/componentStore");
  private final Fact<Disk> disk = new Fact<>("/disk");
  private boolean windowsUpdateCollected;
  private final Map<String, Sourced<InstalledUpdate>> updates = new LinkedHashMap<>();
  private boolean updatesCollected;
  private final Map<String, Sourced<ServiceInfo>> services = new LinkedHashMap<>();
  private boolean servicesCollected;
  private final List<Sourced<InstallAttempt>> attempts = new ArrayList<>();
  private boolean attemptsCollected;
  private final List<Sourced<LogEvent>> events = new ArrayList<>();
  private boolean eventsCollected;
  private final List<Sourced<CollectionIssue>> issues = new ArrayList<>();

  /**
   * Sets a fact that identifies the host: the first value wins; a later equal value adds its
   * origin; a later different one is an error.
   */
  private <T> void agreed(Fact<T> fact, T value, Origin origin) throws ImportException {
    if (value == null) {
      return;
    }
    Sourced<T> current = fact.sourced;
    if (current == null) {
      fact.set(value, origin);
    } else if (same(current.value, value)) {
      current.support(origin);
    } else {
      throw new ImportException(
          origin.file(),
          origin.line(),
          "describes another host: "
              + fact.pointer.substring(1).replace('/', '.')
              + " is "
              + shown(value)
              + " here but "
              + shown(current.value)
              + " in "
              + current.origins.get(0).file()
              + "; import each host on its own");
    }
  }

  /** Sets a scalar fact: the first value wins; a later equal value adds its origin. */
  private <T> void scalar(Fact<T> fact, T value, Origin origin) {
    if (value == null) {
      return;
    }
    Sourced<T> current = fact.sourced;
    if (current == null) {
      fact.set(value, origin);
    } else if (same(current.value, value)) {
      current.support(origin);
    }
  }

  private static Object shown(Object value) {
    return value instanceof WireValue w ? w.wire() : value;
  }

  private static boolean same(Object a, Object b) {
    return a instanceof String x && b instanceof String y ? x.equalsIgnoreCase(y) : a.equals(b);
  }

  /**
   * A host name; "." and truncated names ("DESKTOP-OO...", as Format-Table prints them) add no
   * information.
   */
  public void hostName(String name, Origin origin) throws ImportException {
    String usable = MachineName.usableName(name);
    if (usable != null) {
      agreed(this.hostName, usable, origin);
      return;
    }
    String n = name == null ? "" : name.trim();
    if (n.endsWith("...") || n.endsWith("…")) {
      Object known = hostName.value();
      String prefix = n.replace("…", "").replace("...", "");
      if (known != null
          && known
              .toString()
              .toLowerCase(Locale.ROOT)
              .startsWith(prefix.toLowerCase(Locale.ROOT))) {
        hostName.sourced.support(origin);
      }
    }
  }

  /** The name given on the command line, in place of what the files say. */
  public void overrideHostName(String name) {
    hostName.set(name, new Origin("--host", "commandLine", null));
  }

  /** A domain; WORKGROUP (the name of no domain) adds no information. */
  public void domain(String domain, Origin origin) {
    if (domain != null && !domain.isBlank() && !domain.equalsIgnoreCase("WORKGROUP")) {
      scalar(this.domain, domain.trim(), origin);
    }
  }

  /** A host as a live source gives it, as it is. */
  public void host(String name, String domain, Origin origin) {
    scalar(this.hostName, name, origin);
    scalar(this.domain, domain, origin);
  }

  /** What one source says about the OS; its build and architecture must agree with the others. */
  public void os(OsFacts os, Origin origin) throws ImportException {
    scalar(this.productName, os.productName(), origin);
    scalar(this.version, os.version(), origin);
    agreed(this.build, os.build(), origin);
    scalar(this.ubr, os.ubr(), origin);
    scalar(this.productType, os.productType(), origin);
    scalar(this.installationType, os.installationType(), origin);
    scalar(this.editionId, os.editionId(), origin);
    agreed(this.architecture, os.architecture(), origin);
    scalar(this.lastBootTime, os.lastBootTime(), origin);
    scalar(this.displayVersion, os.displayVersion(), origin);
  }

  /** The OS as the live collector already merged it from its sources. */
  public void os(OsInfo os, Origin origin) {
    scalar(this.productName, os.productName(), origin);
    scalar(this.version, os.version(), origin);
    scalar(this.build, os.build(), origin);
    scalar(this.ubr, os.ubr(), origin);
    scalar(this.productType, os.productType(), origin);
    scalar(this.installationType, os.installationType(), origin);
    scalar(this.editionId, os.editionId(), origin);
    scalar(this.architecture, os.architecture(), origin);
    scalar(this.lastBootTime, os.lastBootTime(), origin);
    scalar(this.displayVersion, os.displayVersion(), origin);
  }

  public boolean hasBuild() {
    return build.value() != null;
  }

  public boolean hasUbr() {
    return ubr.value() != null;
  }

  /** Declares the update list collected (possibly empty) by this source. */
  public void updatesCollected() {
    updatesCollected = true;
  }

  /**
   * An installed update. A QFE row replaces a systeminfo line for the same KB (it has the date and
   * description); both origins are kept.
   */
  public void update(InstalledUpdate update, Origin origin) {
    updatesCollected = true;
    Sourced<InstalledUpdate> current = updates.get(update.kb());
    if (current == null) {
      updates.put(update.kb(), new Sourced<>(update, origin));
      return;
    }
    if (current.value.source() == UpdateSource.SYSTEMINFO
        && update.source() != UpdateSource.SYSTEMINFO) {
      current.value = update;
    } else if (current.value.installedOn() == null && update.installedOn() != null) {
      current.value =
          new InstalledUpdate(
              current.value.kb(),
              update.installedOn(),
              current.value.description() != null
                  ? current.value.description()
                  : update.description(),
              current.value.source());
    }
    current.support(origin);
  }

  /** True when an update list other than systeminfo's was read (QFE is never truncated). */
  public boolean hasCompleteUpdateList() {
    return updates.values().stream().anyMatch(u -> u.value.source() != UpdateSource.SYSTEMINFO);
  }

  public void packages(List<CbsPackage> packages, Origin origin) {
    scalar(this.packages, packages, origin);
  }

  public void servicingStack(ServicingStack stack, Origin origin) {
    scalar(this.servicingStack, stack, origin);
  }

  /**
   * Services merged by name: the run state from a listing that has it, the start type from the
   * registry when it knows more (Windows PowerShell shows a delayed start as plain automatic).
   */
  public void services(List<ServiceInfo> list, Origin origin) {
    servicesCollected = true;
    for (ServiceInfo s : list) {
      String key = s.name().toLowerCase(Locale.ROOT);
      Sourced<ServiceInfo> current = services.get(key);
      if (current == null) {
        services.put(key, new Sourced<>(s, origin));
        continue;
      }
      ServiceInfo c = current.value;
      current.value =
          new ServiceInfo(
              c.name(),
              c.displayName() != null ? c.displayName() : s.displayName(),
              c.state() == ServiceState.UNKNOWN ? s.state() : c.state(),
              s.startType() == StartType.AUTOMATIC_DELAYED || c.startType() == StartType.UNKNOWN
                  ? s.startType()
                  : c.startType());
      current.support(origin);
    }
  }

  public void pendingReboot(PendingReboot reboot, Origin origin) {
    scalar(this.pendingReboot, reboot, origin);
  }

  /**
   * A restart signal from a source other than the registry's markers (the ConfigMgr client): it
   * adds to them, and is a pending restart even when the markers are unknown.
   */
  public void rebootSignal(RebootSignal signal, Origin origin) {
    Sourced<PendingReboot> current = pendingReboot.sourced;
    if (current == null) {
      pendingReboot.set(new PendingReboot(List.of(signal)), origin);
      return;
    }
    List<RebootSignal> signals = new ArrayList<>(current.value.signals());
    signals.add(signal);
    current.value = new PendingReboot(signals);
    current.support(origin);
  }

  /** Declares the Windows Update settings read, even when none of them is set. */
  public void windowsUpdateCollected() {
    windowsUpdateCollected = true;
  }

  public void policy(UpdatePolicy policy, Origin origin) {
    scalar(this.policy, policy, origin);
  }

  public void pause(PauseState pause, Origin origin) {
    scalar(this.pause, pause, origin);
  }

  public void susClientId(String id, Origin origin) {
    scalar(this.susClientId, id, origin);
  }

  /** The newest scan result wins, whichever source has it. */
  public void lastScan(LastScan scan, Origin origin) {
    if (lastScan.value() == null || isNewer(scan.time(), lastScan.value().time())) {
      lastScan.set(scan, origin);
    }
  }

  private static boolean isNewer(Instant a, Instant b) {
    return a != null && (b == null || a.isAfter(b));
  }

  public void safeguardHolds(List<String> holds, Origin origin) {
    scalar(this.safeguardHolds, holds, origin);
  }

  public void updateHealthTools(UpdateHealthTools tools, Origin origin) {
    scalar(this.updateHealthTools, tools, origin);
  }

  /** The deployments that target the device (possibly none). */
  public void deployments(List<Deployment> deployments, Origin origin) {
    scalar(this.deployments, List.copyOf(deployments), origin);
  }

  public void enrollment(Enrollment enrollment, Origin origin) {
    scalar(this.enrollment, enrollment, origin);
  }

  /** A component store check; as for every fact, the first file read that has one wins. */
  public void componentStore(ComponentStore store, Origin origin) {
    scalar(this.componentStore, store, origin);
  }

  /**
   * The run state of a service as the service lists merged so far say, or null if none names it.
   */
  public ServiceState serviceState(String name) {
    Sourced<ServiceInfo> service = services.get(name.toLowerCase(Locale.ROOT));
    return service == null ? null : service.value.state();
  }

  /**
   * The members of the WSUS section that one source gives (the others null): the setup registry key
   * its role, version and content folder, web.config the client web service, and so on.
   */
  public void wsus(Wsus part, Origin origin) {
    for (FactPaths.Member m : FactPaths.members(Wsus.class)) {
      Object value = m.of(part);
      if (value != null) {
        scalar(fact("/wsus/" + m.name()), value, origin);
      }
    }
  }

  public void disk(Disk disk, Origin origin) {
    scalar(this.disk, disk, origin);
  }

  public void attemptsCollected() {
    attemptsCollected = true;
  }

  public void attempt(InstallAttempt attempt, Origin origin) {
    attemptsCollected = true;
    attempts.add(new Sourced<>(attempt, origin));
  }

  /**
   * An attempt from a second record of the same installs (the System log repeats
   * ReportingEvents.log): left out when it repeats one already fed.
   */
  public void attemptUnlessRepeated(InstallAttempt attempt, Origin origin) {
    if (attempts.stream().noneMatch(known -> sameInstall(known.value, attempt))) {
      attempt(attempt, origin);
    }
    attemptsCollected = true;
  }

  /** The same install: same update and result, within a minute. */
  static boolean sameInstall(InstallAttempt a, InstallAttempt b) {
    return sameUpdate(a, b)
        && a.result() == b.result()
        && a.time() != null
        && b.time() != null
        && Duration.between(a.time(), b.time()).abs().compareTo(Duration.ofMinutes(1)) <= 0;
  }

  /** By KB; an update without one (a driver, say) by its title, as both sources give it. */
  private static boolean sameUpdate(InstallAttempt a, InstallAttempt b) {
    if (a.kb() != null || b.kb() != null) {
      return a.kb() != null && a.kb().equals(b.kb());
    }
    return a.packageName() != null && a.packageName().equalsIgnoreCase(b.packageName());
  }

  public void eventsCollected() {
    eventsCollected = true;
  }

  public void event(LogEvent event, Origin origin) {
    eventsCollected = true;
    events.add(new Sourced<>(event, origin));
  }

  public void issue(CollectionIssue issue, Origin origin) {
    issues.add(new Sourced<>(issue, origin));
  }

  /** The newest time any fact carries: a lower bound for when the data was collected. */
  public Instant newestFactTime() {
    List<Instant> times = new ArrayList<>();
    times.add(lastBootTime.value());
    attempts.forEach(a -> times.add(a.value.time()));
    events.forEach(e -> times.add(e.value.time()));
    if (lastScan.value() != null) {
      times.add(lastScan.value().time());
    }
    if (fact("/wsus/iisLog").value() instanceof IisLogSummary iis) {
      times.add(iis.to());
    }
    updates.values().stream()
        .map(u -> u.value.installedOn())
        .filter(Objects::nonNull)
        .forEach(d -> times.add(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
    return times.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
  }

  public Snapshot build(Instant collectedAt, Collector collector) {
    List<Provenance> provenance = new ArrayList<>();
    known.forEach(f -> f.sourced.origins.forEach(o -> provenance.add(provenance(f.pointer, o))));
    MachineName host =
        hostName.value() == null && domain.value() == null
            ? null
            : new MachineName(hostName.value(), domain.value());
    OsInfo os =
        OsInfo.builder()
            .productName(productName.value())
            .version(version.value())
            .build(build.value())
            .ubr(ubr.value())
            .productType(productType.value())
            .installationType(installationType.value())
            .editionId(editionId.value())
            .architecture(architecture.value())
            .lastBootTime(lastBootTime.value())
            .displayVersion(displayVersion.value())
            .build();
    WindowsUpdate windowsUpdate = null;
    if (windowsUpdateCollected
        || anyKnown(
            policy,
            pause,
            susClientId,
            lastScan,
            safeguardHolds,
            updateHealthTools,
            deployments,
            enrollment)) {
      windowsUpdate =
          WindowsUpdate.builder()
              .policy(policy.value())
              .pause(pause.value())
              .lastScan(lastScan.value())
              .susClientId(susClientId.value())
              .updateHealthTools(updateHealthTools.value())
              .safeguardHolds(safeguardHolds.value())
              .deployments(deployments.value())
              .enrollment(enrollment.value())
              .build();
    }
    Wsus wsus = record(Wsus.class, this.wsus);
    List<Sourced<InstalledUpdate>> updateList = new ArrayList<>(updates.values());
    if (updatesByKb) {
      updateList.sort(Comparator.comparingLong(u -> Kb.number(u.value.kb())));
    }
    attempts.sort(byTime(InstallAttempt::time));
    events.sort(byTime(LogEvent::time));
    return Snapshot.builder()
        .collectedAt(collectedAt)
        .collector(collector)
        .host(host)
        .os(os)
        .updates(updatesCollected ? items("/updates", updateList, provenance) : null)
        .packages(packages.value())
        .servicingStack(servicingStack.value())
        .services(servicesCollected ? items("/services", services.values(), provenance) : null)
        .pendingReboot(pendingReboot.value())
        .windowsUpdate(windowsUpdate)
        .wsus(wsus)
        .installAttempts(attemptsCollected ? items("/installAttempts", attempts, provenance) : null)
        .events(eventsCollected ? items("/events", events, provenance) : null)
        .componentStore(componentStore.value())
        .disk(disk.value())
        .collectionIssues(
            issues.isEmpty() && !issuesAlwaysListed
                ? null
                : items("/collectionIssues", issues, provenance))
        .provenance(withProvenance ? provenance : null)
        .build();
  }

  private static boolean anyKnown(Fact<?>... facts) {
    return Stream.of(facts).anyMatch(f -> f.value() != null);
  }

  /** One fact per member of a section's record type, in component order. */
  private List<Fact<?>> section(String pointer, Class<? extends Record> type) {
    return FactPaths.members(type).stream()
        .<Fact<?>>map(m -> new Fact<>(pointer + "/" + m.name()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Fact<Object> fact(String pointer) {
    Fact<?> fact = byPointer.get(pointer);
    if (fact == null) {
      throw new IllegalStateException("the assembly has no fact " + pointer);
    }
    return (Fact<Object>) fact;
  }

  /**
   * The section's record from its facts (one per component, in order), or null when none is known.
   */
  private static <R extends Record> R record(Class<R> type, List<Fact<?>> facts) {
    if (!anyKnown(facts.toArray(Fact<?>[]::new))) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = facts.get(i).value();
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static <T> Comparator<Sourced<T>> byTime(Function<T, Instant> time) {
    return Comparator.comparing(
        (Sourced<T> s) -> time.apply(s.value), Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private static <T> List<T> items(
      String pointer, Iterable<Sourced<T>> sourced, List<Provenance> provenance) {
    List<T> values = new ArrayList<>();
    int i = 0;
    for (Sourced<T> s : sourced) {
      for (Origin o : s.origins) {
        provenance.add(provenance(pointer + "/" + i, o));
      }
      values.add(s.value);
      i++;
    }
    return values;
  }

  private static Provenance provenance(String pointer, Origin o) {
    return new Provenance(pointer, o.file(), o.format(), o.line());
  }
}

package org.wuhealth.assembly;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.Collector;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.Disk;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.MachineName;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.Provenance;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.StartType;
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

  /** A list of the snapshot: its items with their origins, and whether a source read it at all. */
  private static final class Listed<T> {
    final List<Sourced<T>> items = new ArrayList<>();
    boolean collected;

    void add(T value, Origin origin) {
      collected = true;
      items.add(new Sourced<>(value, origin));
    }
  }

  /** One fact of the snapshot: its JSON pointer (for provenance) and its value with origins. */
  private final class Fact<T> {
    private final String pointer;
    private Sourced<T> sourced;

    private Fact(String pointer) {
      this.pointer = pointer;
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

  // The sections that several sources fill member by member are assembled from the model
  // (FactPaths): a member added to their record is merged, given provenance and built without code
  // here.
  private final Section<MachineName> host = new Section<>("/host", MachineName.class);
  private final Section<OsInfo> os = new Section<>("/os", OsInfo.class);
  private final Section<WindowsUpdate> windowsUpdate =
      new Section<>("/windowsUpdate", WindowsUpdate.class);
  private final Section<Wsus> wsus = new Section<>("/wsus", Wsus.class);
  private final Fact<Object> hostName = host.fact("name");
  private final Fact<Object> domain = host.fact("domain");
  private final Fact<Object> lastScan = windowsUpdate.fact("lastScan");
  // the facts that identify the host: sources that disagree on them describe different hosts
  private final List<Fact<Object>> identifyingOs =
      List.of(os.fact("build"), os.fact("architecture"));
  private final Fact<List<CbsPackage>> packages = new Fact<>("/packages");
  private final Fact<ServicingStack> servicingStack = new Fact<>("/servicingStack");
  private final Fact<PendingReboot> pendingReboot = new Fact<>("/pendingReboot");
  private final Fact<ComponentStore> componentStore = new Fact<>("/componentStore");
  private final Fact<Disk> disk = new Fact<>("/disk");
  private boolean windowsUpdateCollected;
  private final Map<String, Sourced<InstalledUpdate>> updates = new LinkedHashMap<>();
  private boolean updatesCollected;
  private final Map<String, Sourced<ServiceInfo>> services = new LinkedHashMap<>();
  private boolean servicesCollected;
  private final Listed<InstallAttempt> attempts = new Listed<>();
  private final Listed<LogEvent> events = new Listed<>();
  private final Listed<CollectionIssue> issues = new Listed<>();

  /**
   * Sets a fact that identifies the host: the first value wins; a later equal value adds its
   * origin; a later different one is an error.
   */
  private <T> void agreed(Fact<T> fact, T value, Origin origin) throws ImportException {
    if (!scalar(fact, value, origin)) {
      Sourced<T> current = fact.sourced;
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

  /**
   * Sets a scalar fact: the first value wins; a later equal value adds its origin.
   *
   * @return false when a different value stands
   */
  private <T> boolean scalar(Fact<T> fact, T value, Origin origin) {
    if (value == null) {
      return true;
    }
    Sourced<T> current = fact.sourced;
    if (current == null) {
      fact.set(value, origin);
    } else if (same(current.value, value)) {
      current.support(origin);
    } else {
      return false;
    }
    return true;
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
    host.given(new MachineName(name, domain)).forEach(g -> scalar(g.fact(), g.value(), origin));
  }

  /** What one source says about the OS; its build and architecture must agree with the others. */
  public void os(OsFacts os, Origin origin) throws ImportException {
    for (Given g : this.os.given(os)) {
      if (identifyingOs.contains(g.fact())) {
        agreed(g.fact(), g.value(), origin);
      } else {
        scalar(g.fact(), g.value(), origin);
      }
    }
  }

  /** The OS as the live collector already merged it from its sources. */
  public void os(OsInfo os, Origin origin) {
    this.os.given(os).forEach(g -> scalar(g.fact(), g.value(), origin));
  }

  public boolean hasBuild() {
    return os.value("build", Integer.class) != null;
  }

  public boolean hasUbr() {
    return os.value("ubr", Integer.class) != null;
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

  /**
   * The members of the Windows Update section that one source gives (the others null): the first
   * value wins, except for the last scan, where the newest wins, whichever source has it.
   */
  public void windowsUpdate(WindowsUpdate part, Origin origin) {
    for (Given g : windowsUpdate.given(part)) {
      if (g.fact() != lastScan) {
        scalar(g.fact(), g.value(), origin);
      } else if (!(lastScan.value() instanceof LastScan known)
          || isNewer(((LastScan) g.value()).time(), known.time())) {
        lastScan.set(g.value(), origin);
      }
    }
  }

  private static boolean isNewer(Instant a, Instant b) {
    return a != null && (b == null || a.isAfter(b));
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
    wsus.given(part).forEach(g -> scalar(g.fact(), g.value(), origin));
  }

  public void disk(Disk disk, Origin origin) {
    scalar(this.disk, disk, origin);
  }

  public void attemptsCollected() {
    attempts.collected = true;
  }

  public void attempt(InstallAttempt attempt, Origin origin) {
    attempts.add(attempt, origin);
  }

  /**
   * An attempt from a second record of the same installs (the System log repeats
   * ReportingEvents.log): left out when it repeats one already fed.
   */
  public void attemptUnlessRepeated(InstallAttempt attempt, Origin origin) {
    if (attempts.items.stream().noneMatch(known -> sameInstall(known.value, attempt))) {
      attempt(attempt, origin);
    }
    attempts.collected = true;
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
    events.collected = true;
  }

  public void event(LogEvent event, Origin origin) {
    events.add(event, origin);
  }

  public void issue(CollectionIssue issue, Origin origin) {
    issues.add(issue, origin);
  }

  /** The newest time any fact carries: a lower bound for when the data was collected. */
  public Instant newestFactTime() {
    List<Instant> times = new ArrayList<>();
    times.add(os.value("lastBootTime", Instant.class));
    attempts.items.forEach(a -> times.add(a.value.time()));
    events.items.forEach(e -> times.add(e.value.time()));
    if (lastScan.value() instanceof LastScan scan) {
      times.add(scan.time());
    }
    if (wsus.fact("iisLog").value() instanceof IisLogSummary iis) {
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
    List<Sourced<InstalledUpdate>> updateList = new ArrayList<>(updates.values());
    if (updatesByKb) {
      updateList.sort(Comparator.comparingLong(u -> Kb.number(u.value.kb())));
    }
    attempts.items.sort(byTime(InstallAttempt::time));
    events.items.sort(byTime(LogEvent::time));
    return Snapshot.builder()
        .collectedAt(collectedAt)
        .collector(collector)
        .host(host.recordIfKnown())
        .os(os.record())
        .updates(updatesCollected ? items("/updates", updateList, provenance) : null)
        .packages(packages.value())
        .servicingStack(servicingStack.value())
        .services(servicesCollected ? items("/services", services.values(), provenance) : null)
        .pendingReboot(pendingReboot.value())
        .windowsUpdate(
            windowsUpdateCollected ? windowsUpdate.record() : windowsUpdate.recordIfKnown())
        .wsus(wsus.recordIfKnown())
        .installAttempts(
            attempts.collected ? items("/installAttempts", attempts.items, provenance) : null)
        .events(events.collected ? items("/events", events.items, provenance) : null)
        .componentStore(componentStore.value())
        .disk(disk.value())
        .collectionIssues(
            issues.items.isEmpty() && !issuesAlwaysListed
                ? null
                : items("/collectionIssues", issues.items, provenance))
        .provenance(withProvenance ? provenance : null)
        .build();
  }

  /** A member's fact and the value one source gives it. */
  private record Given(Fact<Object> fact, Object value) {}

  /**
   * A section of the snapshot assembled member by member: one fact per member of its record type,
   * in component order, built back into the record through its canonical constructor.
   */
  private final class Section<R extends Record> {
    private final Class<R> type;
    private final Map<String, Fact<Object>> facts = new LinkedHashMap<>();

    private Section(String pointer, Class<R> type) {
      this.type = type;
      FactPaths.members(type)
          .forEach(m -> facts.put(m.name(), new Fact<>(pointer + "/" + m.name())));
    }

    Fact<Object> fact(String member) {
      Fact<Object> fact = facts.get(member);
      if (fact == null) {
        throw new IllegalStateException(type.getSimpleName() + " has no member " + member);
      }
      return fact;
    }

    <T> T value(String member, Class<T> valueType) {
      return valueType.cast(fact(member).value());
    }

    /**
     * The members a source's record gives (not null), each with its fact here: a record of this
     * type, or of another whose members have the same names (what one source says about the OS).
     */
    List<Given> given(Record part) {
      List<Given> given = new ArrayList<>();
      for (FactPaths.Member m : FactPaths.members(part.getClass())) {
        Object value = m.of(part);
        if (value != null) {
          given.add(new Given(fact(m.name()), value));
        }
      }
      return given;
    }

    /** The record, or null when no member is known. */
    R recordIfKnown() {
      return facts.values().stream().anyMatch(f -> f.value() != null) ? record() : null;
    }

    /**
     * The record. A primitive member (the OS build) must be known: an import without one is refused
     * and a live collection fails before it gets here.
     */
    R record() {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      List<Fact<Object>> inOrder = List.copyOf(facts.values());
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = inOrder.get(i).value();
      }
      try {
        return type.getDeclaredConstructor(types).newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
      }
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

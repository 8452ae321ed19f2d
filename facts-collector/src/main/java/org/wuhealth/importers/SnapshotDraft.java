package org.wuhealth.importers;

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
import java.util.stream.Stream;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.ClientWebService;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.Collector;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ConfigMgr;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.Enrollment;
import org.wuhealth.facts.Host;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.Provenance;
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
import org.wuhealth.facts.WsusRole;
import org.wuhealth.facts.WsusSite;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.OsFacts;

/**
 * The snapshot being assembled from several files of one host, with where each fact came from.
 * Sources are fed in priority order (registry before systeminfo, and so on): the first value of a
 * field wins, a source that agrees is recorded too. Facts that identify the host (name, build,
 * architecture) must agree across files, or the files describe different hosts.
 */
final class SnapshotDraft {
  /** Where a fact came from. */
  record Origin(String file, String format, Integer line) {
    Origin at(int line) {
      return new Origin(file, format, line);
    }
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

  private final Map<String, Sourced<Object>> scalars = new LinkedHashMap<>();
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
   * Sets a scalar fact at a JSON pointer: the first value wins; a later equal value adds its
   * origin; a later different value is ignored unless {@code mustAgree}, which makes it an error.
   */
  private void scalar(String pointer, Object value, Origin origin, boolean mustAgree)
      throws ImportException {
    if (value == null) {
      return;
    }
    Sourced<Object> current = scalars.get(pointer);
    if (current == null) {
      scalars.put(pointer, new Sourced<>(value, origin));
    } else if (same(current.value, value)) {
      current.support(origin);
    } else if (mustAgree) {
      throw new ImportException(
          origin.file(),
          origin.line(),
          "describes another host: "
              + pointer.substring(1).replace('/', '.')
              + " is "
              + shown(value)
              + " here but "
              + shown(current.value)
              + " in "
              + current.origins.get(0).file()
              + "; import each host on its own");
    }
  }

  private static Object shown(Object value) {
    return value instanceof WireValue w ? w.wire() : value;
  }

  private static boolean same(Object a, Object b) {
    return a instanceof String x && b instanceof String y ? x.equalsIgnoreCase(y) : a.equals(b);
  }

  private Object get(String pointer) {
    Sourced<Object> s = scalars.get(pointer);
    return s == null ? null : s.value;
  }

  /**
   * A host name; "." and truncated names ("DESKTOP-OO...", as Format-Table prints them) add no
   * information.
   */
  void hostName(String name, Origin origin) throws ImportException {
    String usable = HostIdentity.usableName(name);
    if (usable != null) {
      scalar("/host/name", usable, origin, true);
      return;
    }
    String n = name == null ? "" : name.trim();
    if (n.endsWith("...") || n.endsWith("…")) {
      Object known = get("/host/name");
      String prefix = n.replace("…", "").replace("...", "");
      if (known != null
          && known
              .toString()
              .toLowerCase(Locale.ROOT)
              .startsWith(prefix.toLowerCase(Locale.ROOT))) {
        scalars.get("/host/name").support(origin);
      }
    }
  }

  /** The name given on the command line, in place of what the files say. */
  void overrideHostName(String name) {
    scalars.put("/host/name", new Sourced<>(name, new Origin("--host", "commandLine", null)));
  }

  void domain(String domain, Origin origin) throws ImportException {
    if (domain != null && !domain.isBlank() && !domain.equalsIgnoreCase("WORKGROUP")) {
      scalar("/host/domain", domain.trim(), origin, false);
    }
  }

  void os(OsFacts os, Origin origin) throws ImportException {
    scalar("/os/productName", os.productName(), origin, false);
    scalar("/os/version", os.version(), origin, false);
    scalar("/os/build", os.build(), origin, true);
    scalar("/os/ubr", os.ubr(), origin, false);
    scalar("/os/productType", os.productType(), origin, false);
    scalar("/os/installationType", os.installationType(), origin, false);
    scalar("/os/editionId", os.editionId(), origin, false);
    scalar("/os/architecture", os.architecture(), origin, true);
    scalar("/os/lastBootTime", os.lastBootTime(), origin, false);
    scalar("/os/displayVersion", os.displayVersion(), origin, false);
  }

  boolean hasBuild() {
    return get("/os/build") != null;
  }

  boolean hasUbr() {
    return get("/os/ubr") != null;
  }

  /** Declares the update list collected (possibly empty) by this source. */
  void updatesCollected() {
    updatesCollected = true;
  }

  /**
   * An installed update. A QFE row replaces a systeminfo line for the same KB (it has the date and
   * description); both origins are kept.
   */
  void update(InstalledUpdate update, Origin origin) {
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
  boolean hasCompleteUpdateList() {
    return updates.values().stream().anyMatch(u -> u.value.source() != UpdateSource.SYSTEMINFO);
  }

  void packages(List<CbsPackage> packages, Origin origin) throws ImportException {
    scalar("/packages", packages, origin, false);
  }

  void servicingStack(ServicingStack stack, Origin origin) throws ImportException {
    scalar("/servicingStack", stack, origin, false);
  }

  /**
   * Services merged by name: the run state from a listing that has it, the start type from the
   * registry when it knows more (Windows PowerShell shows a delayed start as plain automatic).
   */
  void services(List<ServiceInfo> list, Origin origin) {
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

  void pendingReboot(PendingReboot reboot, Origin origin) throws ImportException {
    scalar("/pendingReboot", reboot, origin, false);
  }

  void policy(UpdatePolicy policy, Origin origin) throws ImportException {
    scalar("/windowsUpdate/policy", policy, origin, false);
  }

  void pause(PauseState pause, Origin origin) throws ImportException {
    scalar("/windowsUpdate/pause", pause, origin, false);
  }

  void susClientId(String id, Origin origin) throws ImportException {
    scalar("/windowsUpdate/susClientId", id, origin, false);
  }

  /** The newest scan result wins, whichever source has it. */
  void lastScan(LastScan scan, Origin origin) {
    Sourced<Object> current = scalars.get("/windowsUpdate/lastScan");
    if (current == null || isNewer(scan.time(), ((LastScan) current.value).time())) {
      scalars.put("/windowsUpdate/lastScan", new Sourced<>(scan, origin));
    }
  }

  private static boolean isNewer(Instant a, Instant b) {
    return a != null && (b == null || a.isAfter(b));
  }

  void safeguardHolds(List<String> holds, Origin origin) throws ImportException {
    scalar("/windowsUpdate/safeguardHolds", holds, origin, false);
  }

  void updateHealthTools(UpdateHealthTools tools, Origin origin) throws ImportException {
    scalar("/windowsUpdate/updateHealthTools", tools, origin, false);
  }

  /** The deployments that target the device (possibly none). */
  void deployments(List<Deployment> deployments, Origin origin) throws ImportException {
    scalar("/windowsUpdate/deployments", List.copyOf(deployments), origin, false);
  }

  void enrollment(Enrollment enrollment, Origin origin) throws ImportException {
    scalar("/windowsUpdate/enrollment", enrollment, origin, false);
  }

  void wsusContentDir(String dir, Origin origin) throws ImportException {
    scalar("/wsus/contentDir", dir, origin, false);
  }

  void configMgr(ConfigMgr configMgr, Origin origin) throws ImportException {
    scalar("/wsus/configMgr", configMgr, origin, false);
  }

  void wsusRole(WsusRole role, Origin origin) throws ImportException {
    scalar("/wsus/role", role, origin, false);
  }

  void wsusVersion(String version, Origin origin) throws ImportException {
    scalar("/wsus/version", version, origin, false);
  }

  /** A component store check; as for every fact, the first file read that has one wins. */
  void componentStore(ComponentStore store, Origin origin) throws ImportException {
    scalar("/componentStore", store, origin, false);
  }

  void clientWebService(ClientWebService config, Origin origin) throws ImportException {
    scalar("/wsus/clientWebService", config, origin, false);
  }

  /** The WSUS site with its state, or none: from applicationHost.config. */
  void wsusSites(List<WsusSite> sites, Origin origin) throws ImportException {
    scalar("/wsus/sites", List.copyOf(sites), origin, false);
  }

  /**
   * The run state of a service as the service lists merged so far say, or null if none names it.
   */
  ServiceState serviceState(String name) {
    Sourced<ServiceInfo> service = services.get(name.toLowerCase(Locale.ROOT));
    return service == null ? null : service.value.state();
  }

  void iisLog(IisLogSummary summary, List<Origin> origins) throws ImportException {
    for (Origin o : origins) {
      scalar("/wsus/iisLog", summary, o, false);
    }
  }

  void attemptsCollected() {
    attemptsCollected = true;
  }

  void attempt(InstallAttempt attempt, Origin origin) {
    attemptsCollected = true;
    attempts.add(new Sourced<>(attempt, origin));
  }

  void eventsCollected() {
    eventsCollected = true;
  }

  void event(LogEvent event, Origin origin) {
    eventsCollected = true;
    events.add(new Sourced<>(event, origin));
  }

  void issue(CollectionIssue issue, Origin origin) {
    issues.add(new Sourced<>(issue, origin));
  }

  /** The newest time any fact carries: a lower bound for when the data was collected. */
  Instant newestFactTime() {
    List<Instant> times = new ArrayList<>();
    times.add((Instant) get("/os/lastBootTime"));
    attempts.forEach(a -> times.add(a.value.time()));
    events.forEach(e -> times.add(e.value.time()));
    Object scan = get("/windowsUpdate/lastScan");
    if (scan != null) {
      times.add(((LastScan) scan).time());
    }
    Object iis = get("/wsus/iisLog");
    if (iis != null) {
      times.add(((IisLogSummary) iis).to());
    }
    updates.values().stream()
        .map(u -> u.value.installedOn())
        .filter(Objects::nonNull)
        .forEach(d -> times.add(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
    return times.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
  }

  Snapshot build(Instant collectedAt, Collector collector) {
    List<Provenance> provenance = new ArrayList<>();
    scalars.forEach((pointer, s) -> s.origins.forEach(o -> provenance.add(provenance(pointer, o))));
    Host host =
        get("/host/name") == null && get("/host/domain") == null
            ? null
            : new Host((String) get("/host/name"), (String) get("/host/domain"));
    OsInfo os =
        new OsInfo(
            (String) get("/os/productName"),
            (String) get("/os/version"),
            (Integer) get("/os/build"),
            (Integer) get("/os/ubr"),
            (org.wuhealth.facts.ProductType) get("/os/productType"),
            (org.wuhealth.facts.InstallationType) get("/os/installationType"),
            (String) get("/os/editionId"),
            (org.wuhealth.facts.Architecture) get("/os/architecture"),
            (Instant) get("/os/lastBootTime"),
            (String) get("/os/displayVersion"));
    WindowsUpdate windowsUpdate = null;
    if (Stream.of(
            "policy",
            "pause",
            "susClientId",
            "lastScan",
            "safeguardHolds",
            "updateHealthTools",
            "deployments",
            "enrollment")
        .anyMatch(m -> get("/windowsUpdate/" + m) != null)) {
      @SuppressWarnings("unchecked")
      List<String> holds = (List<String>) get("/windowsUpdate/safeguardHolds");
      @SuppressWarnings("unchecked")
      List<Deployment> deployments = (List<Deployment>) get("/windowsUpdate/deployments");
      windowsUpdate =
          new WindowsUpdate(
              (UpdatePolicy) get("/windowsUpdate/policy"),
              (PauseState) get("/windowsUpdate/pause"),
              (LastScan) get("/windowsUpdate/lastScan"),
              (String) get("/windowsUpdate/susClientId"),
              (UpdateHealthTools) get("/windowsUpdate/updateHealthTools"),
              holds,
              deployments,
              (Enrollment) get("/windowsUpdate/enrollment"));
    }
    Wsus wsus = null;
    if (Stream.of(
            "role", "version", "clientWebService", "sites", "iisLog", "configMgr", "contentDir")
        .anyMatch(m -> get("/wsus/" + m) != null)) {
      @SuppressWarnings("unchecked")
      List<WsusSite> sites = (List<WsusSite>) get("/wsus/sites");
      wsus =
          new Wsus(
              (WsusRole) get("/wsus/role"),
              (String) get("/wsus/version"),
              (ClientWebService) get("/wsus/clientWebService"),
              sites,
              (IisLogSummary) get("/wsus/iisLog"),
              (ConfigMgr) get("/wsus/configMgr"),
              (String) get("/wsus/contentDir"));
    }
    attempts.sort(byTime(InstallAttempt::time));
    events.sort(byTime(LogEvent::time));
    @SuppressWarnings("unchecked")
    List<CbsPackage> packages = (List<CbsPackage>) get("/packages");
    return new Snapshot(
        Snapshot.SCHEMA_VERSION,
        collectedAt,
        collector,
        host,
        os,
        updatesCollected ? items("/updates", updates.values(), provenance) : null,
        packages,
        (ServicingStack) get("/servicingStack"),
        servicesCollected ? items("/services", services.values(), provenance) : null,
        (PendingReboot) get("/pendingReboot"),
        windowsUpdate,
        wsus,
        attemptsCollected ? items("/installAttempts", attempts, provenance) : null,
        eventsCollected ? items("/events", events, provenance) : null,
        (ComponentStore) get("/componentStore"),
        null,
        issues.isEmpty() ? null : items("/collectionIssues", issues, provenance),
        provenance);
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

package org.wuhealth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Generates a synthetic fleet for the benchmark: realistic snapshots (about 250 installed updates,
 * 60 services, 40 log events, policy, scan state, WSUS client id) built on the sample snapshots, so
 * that the fleet mixes healthy hosts with the broken cases the samples show. Deterministic: the
 * same count gives the same files. Hosts are clients of 20 WSUS servers; a few are clones sharing a
 * client id, some have stale scans, and the clients of one server fail with 0x80244007.
 */
public final class FleetGenerator {
  static final int UPDATES = 250;
  static final int SERVICES = 60;
  static final int EVENTS = 40;
  static final int PACKAGES = 40;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SERVICE_NAMES =
      List.of(
          "AppHostSvc",
          "AppIDSvc",
          "Appinfo",
          "AudioEndpointBuilder",
          "Audiosrv",
          "BFE",
          "BITS",
          "BrokerInfrastructure",
          "CDPSvc",
          "CertPropSvc",
          "COMSysApp",
          "CoreMessagingRegistrar",
          "CryptSvc",
          "DcomLaunch",
          "Dhcp",
          "DiagTrack",
          "DispBrokerDesktopSvc",
          "Dnscache",
          "DPS",
          "DsmSvc",
          "EventLog",
          "EventSystem",
          "FontCache",
          "gpsvc",
          "hidserv",
          "IKEEXT",
          "iphlpsvc",
          "KeyIso",
          "LanmanServer",
          "LanmanWorkstation",
          "lmhosts",
          "LSM",
          "MpsSvc",
          "msiserver",
          "NcbService",
          "Netlogon",
          "Netman",
          "netprofm",
          "NlaSvc",
          "nsi",
          "PlugPlay",
          "PolicyAgent",
          "Power",
          "ProfSvc",
          "RemoteRegistry",
          "RpcEptMapper",
          "RpcSs",
          "SamSs",
          "Schedule",
          "SENS",
          "SessionEnv",
          "ShellHWDetection",
          "Spooler",
          "sppsvc",
          "SstpSvc",
          "StateRepository",
          "SysMain",
          "SystemEventsBroker",
          "TermService",
          "Themes",
          "TimeBrokerSvc",
          "TrkWks",
          "TrustedInstaller",
          "UALSVC",
          "UmRdpService",
          "UsoSvc",
          "VaultSvc",
          "W32Time",
          "WdiServiceHost",
          "Wecsvc",
          "WinHttpAutoProxySvc",
          "Winmgmt",
          "WinRM",
          "WpnService",
          "wuauserv");
  private static final int SERVERS = 20;

  private final List<ObjectNode> healthy = new ArrayList<>();
  private final List<ObjectNode> broken = new ArrayList<>();

  /** Templates: every snapshot in {@code samples} (top level), healthy-* and the broken ones. */
  public FleetGenerator(Path samples) throws IOException {
    try (Stream<Path> files = Files.list(samples)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        ObjectNode node = (ObjectNode) JSON.readTree(p.toFile());
        (p.getFileName().toString().startsWith("healthy") ? healthy : broken).add(node);
      }
    }
    if (healthy.isEmpty() || broken.isEmpty()) {
      throw new IOException(samples + " needs healthy-*.json and broken sample snapshots");
    }
  }

  /** Writes hosts 0..count-1 under {@code dir}, 1,000 per sub-folder; returns the bytes written. */
  public long write(Path dir, int count) throws IOException {
    ObjectWriter writer = JSON.writerWithDefaultPrettyPrinter();
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "%03d/host-%06d.json", i / 1000, i));
      Files.createDirectories(file.getParent());
      byte[] data = writer.writeValueAsBytes(host(i));
      Files.write(file, data);
      bytes += data.length;
    }
    return bytes;
  }

  /** The snapshot of host {@code i}: 70% healthy templates, 30% broken ones, then padded. */
  ObjectNode host(int i) {
    SplittableRandom random = new SplittableRandom(0x5EEDL * 31 + i);
    List<ObjectNode> pool = i % 10 < 7 ? healthy : broken;
    ObjectNode s = pool.get((i / 10) % pool.size()).deepCopy();
    Instant collected = Instant.parse(s.get("collectedAt").asText());
    ObjectNode host = s.putObject("host");
    host.put("name", String.format(Locale.ROOT, "SRV-%06d", i));
    host.put("domain", "corp.example");
    padUpdates(s, random);
    padPackages(s, random);
    padServices(s);
    int server = i % SERVERS;
    ObjectNode wu =
        s.has("windowsUpdate") ? (ObjectNode) s.get("windowsUpdate") : s.putObject("windowsUpdate");
    String url = String.format(Locale.ROOT, "https://wsus%02d.corp.example:8531", server + 1);
    ObjectNode policy = wu.putObject("policy");
    policy.put("wuServer", url);
    policy.put("wuStatusServer", url);
    policy.put("useWuServer", true);
    policy.put("noAutoUpdate", false);
    policy.put("auOptions", 4);
    // Every 500th host is a clone of the one before it: same client id.
    int idOwner = i % 500 == 1 ? i - 1 : i;
    wu.put(
        "susClientId",
        new UUID(0x5EED000000004000L | idOwner, 0x8000000000000000L | idOwner).toString());
    boolean failing = server == 7 && i % 3 != 0;
    ObjectNode scan = wu.putObject("lastScan");
    long ageHours = i % 20 == 5 ? 24L * (40 + random.nextInt(50)) : random.nextInt(48);
    scan.put("time", collected.minus(Duration.ofHours(ageHours)).toString());
    scan.put("result", failing || i % 33 == 4 ? "Failed" : "Succeeded");
    scan.put("source", "WSUS");
    events(s, collected, random, failing);
    return s;
  }

  private static void padUpdates(ObjectNode s, SplittableRandom random) {
    ArrayNode updates = arrayOf(s, "updates");
    LocalDate day = LocalDate.of(2015, 1, 10);
    int kb = 9_000_000;
    List<JsonNode> padding = new ArrayList<>();
    while (updates.size() + padding.size() < UPDATES) {
      ObjectNode u = JSON.createObjectNode();
      // KB numbers above 9,000,000 are not in the knowledge base: padding never changes a verdict.
      kb += 1 + random.nextInt(40);
      day = day.plusDays(5 + random.nextInt(10));
      u.put("kb", "KB" + kb);
      u.put("installedOn", day.toString());
      u.put("description", random.nextInt(4) == 0 ? "Update" : "Security Update");
      u.put("source", "qfe");
      padding.add(u);
    }
    for (int k = padding.size() - 1; k >= 0; k--) {
      updates.insert(0, padding.get(k));
    }
  }

  /** The array {@code name} of the snapshot, made empty where it has none. */
  private static ArrayNode arrayOf(ObjectNode s, String name) {
    return s.get(name) instanceof ArrayNode array ? array : s.putArray(name);
  }

  private static void padPackages(ObjectNode s, SplittableRandom random) {
    ArrayNode packages = arrayOf(s, "packages");
    int kb = 9_500_000;
    while (packages.size() < PACKAGES) {
      kb += 1 + random.nextInt(50);
      ObjectNode p = packages.addObject();
      p.put(
          "identity",
          "Package_for_KB" + kb + "~31bf3856ad364e35~amd64~~10.0.1." + random.nextInt(9000));
      p.put("kb", "KB" + kb);
      p.put("state", "Installed");
    }
  }

  private static void padServices(ObjectNode s) {
    ArrayNode services = arrayOf(s, "services");
    Set<String> present = new HashSet<>();
    services.forEach(n -> present.add(n.path("name").asText()));
    for (String name : SERVICE_NAMES) {
      if (services.size() >= SERVICES) {
        break;
      }
      if (present.add(name)) {
        ObjectNode svc = services.addObject();
        svc.put("name", name);
        svc.put("displayName", name + " service");
        boolean manual = name.length() % 3 == 0;
        svc.put("state", manual ? "Stopped" : "Running");
        svc.put("startType", manual ? "Manual" : "Automatic");
      }
    }
  }

  private static void events(
      ObjectNode s, Instant collected, SplittableRandom random, boolean failing) {
    ArrayNode events = arrayOf(s, "events");
    int kb = 9_000_100;
    while (events.size() < EVENTS) {
      ObjectNode e = events.addObject();
      Instant t = collected.minus(Duration.ofMinutes(30L + random.nextInt(60 * 24 * 60)));
      e.put("time", t.toString());
      if (failing && events.size() % 8 == 1) {
        e.put("source", "WindowsUpdateClient");
        e.put("eventId", 20);
        e.put("code", "0x80244007");
        e.put("message", "Installation Failure: SyncUpdates_WithRecovery failed");
      } else {
        kb += random.nextInt(30);
        e.put("source", "WindowsUpdateClient");
        e.put("eventId", 19);
        e.putNull("code");
        e.put(
            "message",
            "Installation Successful: Windows successfully installed the following update: Security Update (KB"
                + kb
                + ")");
        e.put("kb", "KB" + kb);
      }
    }
  }
}

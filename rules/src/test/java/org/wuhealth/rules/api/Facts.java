package org.wuhealth.rules.api;

import java.time.Instant;
import java.util.List;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.knowledge.ErrorCodes;
import org.wuhealth.knowledge.Knowledge;

/** Small builders for the helper tests. */
public final class Facts {
  public static final ErrorCodes CODES = Knowledge.get().errorCodes();

  private Facts() {}

  public static InstallAttempt attempt(
      String kb, AttemptResult result, String code, InstallVia via, String time) {
    return InstallAttempt.builder()
        .time(time == null ? null : Instant.parse(time))
        .kb(kb)
        .result(result)
        .code(code)
        .via(via)
        .build();
  }

  public static LogEvent event(EventSource source, String code, String message, String time) {
    return new LogEvent(
        time == null ? null : Instant.parse(time), source, null, code, message, null);
  }

  public static Snapshot snapshot(
      int build, String nt, List<InstallAttempt> attempts, List<LogEvent> events) {
    return snapshot(
        OsInfo.builder().version(nt).build(build).productType(ProductType.SERVER).build(),
        attempts,
        events);
  }

  public static Snapshot snapshot(OsInfo os, List<InstallAttempt> attempts, List<LogEvent> events) {
    return Snapshot.builder()
        .collectedAt(Instant.parse("2026-11-20T08:15:00Z"))
        .os(os)
        .installAttempts(attempts)
        .events(events)
        .build();
  }

  public static List<ObservedCode> observed(List<InstallAttempt> attempts, List<LogEvent> events) {
    return ObservedCode.of(snapshot(14393, "10.0", attempts, events), CODES);
  }

  public static HostOs host(int build, String nt) {
    Snapshot s = snapshot(build, nt, null, null);
    return new FactAssembler(Knowledge.get()).hostOs(s);
  }

  /** A policy with the WSUS settings and the pause start times (the rest unset). */
  public static UpdatePolicy policy(
      Boolean useWuServer, String server, Instant pauseQuality, Instant pauseFeature) {
    return UpdatePolicy.builder()
        .wuServer(server)
        .wuStatusServer(server)
        .useWuServer(useWuServer)
        .noAutoUpdate(false)
        .auOptions(4)
        .pauseQualityUpdatesStartTime(pauseQuality)
        .pauseFeatureUpdatesStartTime(pauseFeature)
        .disableWufbSafeguards(false)
        .build();
  }

  public static WindowsUpdate wu(
      UpdatePolicy policy, PauseState pause, LastScan scan, List<Deployment> deployments) {
    return WindowsUpdate.builder()
        .policy(policy)
        .pause(pause)
        .lastScan(scan)
        .safeguardHolds(List.of())
        .deployments(deployments)
        .build();
  }

  /** The host as the rules see it, identified by the knowledge base. */
  public static HostOs host(OsInfo os) {
    return new FactAssembler(Knowledge.get()).hostOs(snapshot(os, null, null));
  }

  /** Windows Server 2012 R2 Standard (6.3.9600), as a host. */
  public static HostOs ws2012r2Standard() {
    return host(
        os("Windows Server 2012 R2 Standard", "6.3", 9600, ProductType.SERVER, "ServerStandard"));
  }

  /** An OS by product name, NT version, build, product type and edition id. */
  public static OsInfo os(String name, String nt, int build, ProductType type, String editionId) {
    return OsInfo.builder()
        .productName(name)
        .version(nt)
        .build(build)
        .productType(type)
        .editionId(editionId)
        .build();
  }

  public static InstalledInventory inventory(String... kbs) {
    return inventory(true, kbs);
  }

  /** A collected update list; {@code complete} false means it was cut short. */
  public static InstalledInventory inventory(boolean complete, String... kbs) {
    return new InstalledInventory(
        true,
        complete,
        java.util.Arrays.stream(kbs).map(kb -> new InstalledUpdate(kb, null, null, null)).toList(),
        List.of());
  }
}

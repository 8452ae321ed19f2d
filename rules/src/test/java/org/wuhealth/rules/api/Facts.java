package org.wuhealth.rules.api;

import java.time.Instant;
import java.util.List;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.knowledge.ErrorCodes;
import org.wuhealth.knowledge.Knowledge;

/** Small builders for the helper tests. */
final class Facts {
  static final ErrorCodes CODES = Knowledge.get().errorCodes();

  private Facts() {}

  static InstallAttempt attempt(
      String kb, AttemptResult result, String code, InstallVia via, String time) {
    return InstallAttempt.builder()
        .time(time == null ? null : Instant.parse(time))
        .kb(kb)
        .result(result)
        .code(code)
        .via(via)
        .build();
  }

  static LogEvent event(EventSource source, String code, String message, String time) {
    return new LogEvent(
        time == null ? null : Instant.parse(time), source, null, code, message, null);
  }

  static Snapshot snapshot(
      int build, String nt, List<InstallAttempt> attempts, List<LogEvent> events) {
    return Snapshot.builder()
        .collectedAt(Instant.parse("2026-11-20T08:15:00Z"))
        .os(OsInfo.builder().version(nt).build(build).productType(ProductType.SERVER).build())
        .installAttempts(attempts)
        .events(events)
        .build();
  }

  static List<ObservedCode> observed(List<InstallAttempt> attempts, List<LogEvent> events) {
    return ObservedCode.of(snapshot(14393, "10.0", attempts, events), CODES);
  }

  static HostOs host(int build, String nt) {
    Snapshot s = snapshot(build, nt, null, null);
    return new FactAssembler(Knowledge.get()).hostOs(s);
  }

  static InstalledInventory inventory(String... kbs) {
    return inventory(true, kbs);
  }

  /** A collected update list; {@code complete} false means it was cut short. */
  static InstalledInventory inventory(boolean complete, String... kbs) {
    return new InstalledInventory(
        true,
        complete,
        java.util.Arrays.stream(kbs).map(kb -> new InstalledUpdate(kb, null, null, null)).toList(),
        List.of());
  }
}

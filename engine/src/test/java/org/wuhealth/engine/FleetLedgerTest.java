package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.fleet.ClientFailure;
import org.wuhealth.rules.fleet.FailureGroup;
import org.wuhealth.rules.fleet.FleetMachine;
import org.wuhealth.rules.fleet.HostSummary;
import org.wuhealth.rules.fleet.MachineScan;
import org.wuhealth.rules.fleet.SharedClientId;
import org.wuhealth.rules.fleet.UpdateSourceScans;
import org.wuhealth.rules.fleet.WsusClientFailures;

class FleetLedgerTest {
  private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
  private static final String SERVER = "wsus01.corp.example:8531";
  private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

  private static HostSummary host(
      int index, String name, String clientId, Instant collectedAt, long scanAge) {
    return new HostSummary(
        index,
        name,
        name.toLowerCase() + ".corp.example",
        clientId,
        SERVER,
        "WSUS " + SERVER,
        true,
        true,
        scanAge,
        List.of(),
        null,
        null,
        List.of(),
        collectedAt,
        0);
  }

  private static List<Object> facts(FleetLedger ledger) {
    return ledger.facts((words, from) -> {});
  }

  private static <T> List<T> only(List<Object> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void aMachineCountsOnceByItsNewestSnapshotAndTheOthersAreCounted() {
    FleetLedger ledger = new FleetLedger(1, 0);
    ledger.add(host(0, "A", ID, NOW, 40), List.of(), new boolean[] {true});
    // older by collection time although later in the batch: does not speak for A
    ledger.add(host(1, "A", ID, NOW.minusSeconds(86400), 1), List.of(), new boolean[] {true});
    // same collection time: the later in the batch speaks for A
    ledger.add(host(2, "A", ID, NOW, 50), List.of(), new boolean[] {true});
    ledger.add(host(3, "B", null, null, 2), List.of(), new boolean[] {true});
    UpdateSourceScans scans = only(facts(ledger), UpdateSourceScans.class).get(0);
    assertEquals("WSUS " + SERVER, scans.source());
    assertEquals(
        List.of(
            new MachineScan(new FleetMachine(2, "A", "a.corp.example", 2), true, 50),
            new MachineScan(new FleetMachine(3, "B", "b.corp.example", 0), true, 2)),
        scans.scans());
  }

  @Test
  void anotherClientIdIsAnotherMachineAndSharedIdsAreGrouped() {
    FleetLedger ledger = new FleetLedger(0, 0);
    ledger.add(host(0, "A", ID, NOW, 1), List.of(), new boolean[0]);
    ledger.add(host(1, "B", ID, NOW, 1), List.of(), new boolean[0]);
    ledger.add(host(2, "B", "not-a-uuid", NOW, 1), List.of(), new boolean[0]);
    ledger.add(host(3, "C", "not-a-uuid", NOW, 1), List.of(), new boolean[0]);
    ledger.add(host(4, "D", ID.toUpperCase(), NOW, 1), List.of(), new boolean[0]);
    List<SharedClientId> shared = only(facts(ledger), SharedClientId.class);
    assertEquals(2, shared.size());
    SharedClientId uuid = shared.stream().filter(s -> s.id().equals(ID)).findFirst().orElseThrow();
    assertEquals(List.of(0, 1), uuid.machines().stream().map(FleetMachine::index).toList());
    SharedClientId text =
        shared.stream().filter(s -> s.id().equals("not-a-uuid")).findFirst().orElseThrow();
    assertEquals(List.of(2, 3), text.machines().stream().map(FleetMachine::index).toList());
  }

  @Test
  void failuresAreGroupedWithTheServersClientCount() {
    FleetLedger ledger = new FleetLedger(0, 0);
    FailureGroup group = new FailureGroup(SERVER, "0x80244007");
    ledger.add(
        host(0, "A", null, NOW, 1), List.of(new ClientFailure(group, 0, "A", 2)), new boolean[0]);
    ledger.add(host(1, "B", null, NOW, 1), List.of(), new boolean[0]);
    ledger.add(
        host(2, "B", null, NOW.minusSeconds(60), 1),
        List.of(new ClientFailure(group, 2, "B", 2)),
        new boolean[0]);
    List<WsusClientFailures> failures = only(facts(ledger), WsusClientFailures.class);
    // B's failure came from its older snapshot: B is judged by its newest, which has none
    assertEquals(
        List.of(new WsusClientFailures(group, 2, 1, List.of(new ClientFailure(group, 0, "A", 2)))),
        failures);
  }

  @Test
  void aBatchLargerThanPlannedGrowsTheColumns() {
    FleetLedger ledger = new FleetLedger(1, 0);
    for (int i = 0; i < 100; i++) {
      // hosts 0-49 and 50-99 are the same 50 machines; the second snapshot is newer
      ledger.add(
          host(i, "H" + (i % 50), null, NOW.plusSeconds(i / 50), i),
          List.of(),
          new boolean[] {true});
    }
    List<MachineScan> scans = only(facts(ledger), UpdateSourceScans.class).get(0).scans();
    assertEquals(50, scans.size());
    assertEquals(
        new MachineScan(new FleetMachine(50, "H0", "h0.corp.example", 1), true, 50), scans.get(0));
    assertEquals(99, scans.get(49).machine().index());
  }

  @Test
  void aWsusServerOfFailingClientsComesBackWholeWithItsOlderSnapshotsCounted() {
    FleetLedger ledger = new FleetLedger(0, 4);
    HostSummary older = server("WSUS01", 0, NOW.minusSeconds(3600), List.of("WSUS-OLD (high): x"));
    HostSummary newer = server("WSUS01", 1, NOW.plusNanos(5), List.of("WSUS-A (high): a"));
    ledger.add(older, List.of(), new boolean[0]);
    ledger.add(newer, List.of(), new boolean[0]);
    // no client of WSUS02 failed: the rules do not need it
    ledger.add(server("WSUS02", 2, NOW, List.of()), List.of(), new boolean[0]);
    FailureGroup group = new FailureGroup(SERVER, "0x80244007");
    ledger.add(
        host(3, "C", null, NOW, 1), List.of(new ClientFailure(group, 3, "C", 2)), new boolean[0]);
    List<HostSummary> servers = only(facts(ledger), HostSummary.class);
    assertEquals(List.of(server("WSUS01", 1, NOW.plusNanos(5), newer.findings(), 1)), servers);
  }

  private static HostSummary server(
      String name, int index, Instant collectedAt, List<String> findings) {
    return server(name, index, collectedAt, findings, 0);
  }

  private static HostSummary server(
      String name, int index, Instant collectedAt, List<String> findings, int olderSnapshots) {
    String machine = name.toLowerCase() + ".corp.example";
    return new HostSummary(
        index,
        name,
        machine,
        "not-a-uuid",
        SERVER,
        "WSUS " + SERVER,
        true,
        false,
        3,
        List.of(machine, name.toLowerCase()),
        "fleet/" + name + "-" + index + ".json",
        Severity.HIGH,
        findings,
        collectedAt,
        olderSnapshots);
  }

  @Test
  void slotsAreSortedByTheOrderGiven() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n : new int[] {0, 1, 2, 3, 17, 1000}) {
      int[] keys = random.ints(n, 0, 50).toArray();
      int[] slots = IntStream.range(0, n).toArray();
      FleetLedger.sort(
          slots,
          (a, b) -> {
            int c = Integer.compare(keys[a], keys[b]);
            return c != 0 ? c : Integer.compare(a, b);
          });
      int[] expected =
          IntStream.range(0, n)
              .boxed()
              .sorted(Comparator.<Integer>comparingInt(i -> keys[i]).thenComparingInt(i -> i))
              .mapToInt(i -> i)
              .toArray();
      assertArrayEquals(expected, slots, "n=" + n);
    }
  }
}

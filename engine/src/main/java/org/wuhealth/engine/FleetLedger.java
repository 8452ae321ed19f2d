package org.wuhealth.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.wuhealth.rules.fleet.ClientFailure;
import org.wuhealth.rules.fleet.FailureGroup;
import org.wuhealth.rules.fleet.FleetMachine;
import org.wuhealth.rules.fleet.HostSummary;
import org.wuhealth.rules.fleet.MachineScan;
import org.wuhealth.rules.fleet.SharedClientId;
import org.wuhealth.rules.fleet.UpdateSourceScans;
import org.wuhealth.rules.fleet.WsusClientFailures;

/**
 * What a batch keeps of each analysed host for the fleet rules, in columns: about 230 bytes a host
 * with its name and machine strings, where one {@link HostSummary} fact per host kept about 500 and
 * the fleet rules' evaluation over 100,000 of them reached 338 MB of heap (68 MB now; measured in
 * docs/performance.md). WSUS servers (few) are kept whole. At the end, {@link #facts} picks each
 * machine's newest snapshot and groups the machines into the few facts the fleet rules match: per
 * shared client id, per update source, per WSUS server and failure code. Used by one thread.
 */
final class FleetLedger {
  private static final int SCAN_KNOWN = 1;
  private static final int SCAN_SUCCEEDED = 2;
  private static final int CLIENT_ID_UUID = 4;

  private final int metWords;
  private int size;
  private int[] index = new int[64];
  private String[] name = new String[64];
  private String[] machine = new String[64];
  private byte[] flags = new byte[64];

  /** The SusClientId as a UUID when its text is a UUID's canonical form (the common case). */
  private long[] idHigh = new long[64];

  private long[] idLow = new long[64];

  /** The SusClientId when it is not a canonical UUID; else null. */
  private String[] idText = new String[64];

  /** Indexes into {@link #names}: WSUS server and update source; -1 for none. */
  private int[] wsusServer = new int[64];

  private int[] updateSource = new int[64];
  private long[] scanAgeDays = new long[64];
  private Instant[] collectedAt = new Instant[64];
  private long[] met;

  /** Interned server and source names: a fleet has few. */
  private final List<String> names = new ArrayList<>();

  private final Map<String, Integer> nameIds = new HashMap<>();
  private final Map<Integer, HostSummary> servers = new HashMap<>();
  private final List<ClientFailure> failures = new ArrayList<>();
  private final List<Integer> failureSlots = new ArrayList<>();

  FleetLedger(int requirements) {
    this.metWords = Math.max(1, (requirements + 63) / 64);
    this.met = new long[64 * metWords];
  }

  void add(HostSummary s, List<ClientFailure> hostFailures, boolean[] metRequirements) {
    if (size == index.length) {
      grow();
    }
    int slot = size++;
    index[slot] = s.index();
    name[slot] = s.name();
    machine[slot] = s.machine();
    int f = s.scanKnown() ? SCAN_KNOWN : 0;
    if (s.scanSucceeded()) {
      f |= SCAN_SUCCEEDED;
    }
    UUID uuid = canonicalUuid(s.susClientId());
    if (uuid != null) {
      f |= CLIENT_ID_UUID;
      idHigh[slot] = uuid.getMostSignificantBits();
      idLow[slot] = uuid.getLeastSignificantBits();
    } else {
      idText[slot] = s.susClientId();
    }
    flags[slot] = (byte) f;
    wsusServer[slot] = nameId(s.wsusServer());
    updateSource[slot] = nameId(s.updateSource());
    scanAgeDays[slot] = s.scanAgeDays();
    collectedAt[slot] = s.collectedAt();
    for (int i = 0; i < metRequirements.length; i++) {
      if (metRequirements[i]) {
        met[slot * metWords + i / 64] |= 1L << (i % 64);
      }
    }
    if (s.wsusServerRole()) {
      servers.put(slot, s);
    }
    for (ClientFailure failure : hostFailures) {
      failures.add(failure);
      failureSlots.add(slot);
    }
  }

  private void grow() {
    int n = index.length * 2;
    index = Arrays.copyOf(index, n);
    name = Arrays.copyOf(name, n);
    machine = Arrays.copyOf(machine, n);
    flags = Arrays.copyOf(flags, n);
    idHigh = Arrays.copyOf(idHigh, n);
    idLow = Arrays.copyOf(idLow, n);
    idText = Arrays.copyOf(idText, n);
    wsusServer = Arrays.copyOf(wsusServer, n);
    updateSource = Arrays.copyOf(updateSource, n);
    scanAgeDays = Arrays.copyOf(scanAgeDays, n);
    collectedAt = Arrays.copyOf(collectedAt, n);
    met = Arrays.copyOf(met, n * metWords);
  }

  private int nameId(String value) {
    return value == null
        ? -1
        : nameIds.computeIfAbsent(
            value,
            v -> {
              names.add(v);
              return names.size() - 1;
            });
  }

  /** The UUID whose canonical text {@code id} is, or null (then the text itself is kept). */
  private static UUID canonicalUuid(String id) {
    if (id == null || id.length() != 36) {
      return null;
    }
    try {
      UUID uuid = UUID.fromString(id);
      return uuid.toString().equals(id) ? uuid : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String clientId(int slot) {
    return (flags[slot] & CLIENT_ID_UUID) != 0
        ? new UUID(idHigh[slot], idLow[slot]).toString()
        : idText[slot];
  }

  /** Orders slots by client id (none first), so that equal ids are adjacent. */
  private int compareClientIds(int a, int b) {
    boolean uuidA = (flags[a] & CLIENT_ID_UUID) != 0;
    boolean uuidB = (flags[b] & CLIENT_ID_UUID) != 0;
    if (uuidA && uuidB) {
      int c = Long.compare(idHigh[a], idHigh[b]);
      return c != 0 ? c : Long.compare(idLow[a], idLow[b]);
    }
    if (uuidA != uuidB) {
      return uuidA ? (idText[b] == null ? 1 : -1) : (idText[a] == null ? -1 : 1);
    }
    return Comparator.<String>nullsFirst(Comparator.naturalOrder()).compare(idText[a], idText[b]);
  }

  /**
   * True when slot {@code a}'s snapshot is newer than {@code b}'s: by collection time when both
   * have one and they differ, else by batch position.
   */
  private boolean newer(int a, int b) {
    Instant at = collectedAt[a];
    Instant bt = collectedAt[b];
    if (at != null && bt != null && !at.equals(bt)) {
      return at.isAfter(bt);
    }
    return index[a] > index[b];
  }

  /**
   * The facts for the fleet rules, machines counted once: of several snapshots of one machine (by
   * name, domain and SusClientId) only the newest is kept, the others counted in its {@code
   * olderSnapshots}. {@code perMachine} receives each kept slot's requirement flags.
   */
  List<Object> facts(RequirementCounter perMachine) {
    Integer[] bySlot = new Integer[size];
    for (int i = 0; i < size; i++) {
      bySlot[i] = i;
    }
    Arrays.sort(
        bySlot,
        (a, b) -> {
          int c = machine[a].compareTo(machine[b]);
          if (c == 0) {
            c = compareClientIds(a, b);
          }
          return c != 0 ? c : Integer.compare(a, b);
        });
    int[] older = new int[size];
    boolean[] kept = new boolean[size];
    for (int start = 0; start < size; ) {
      int end = start + 1;
      int newest = bySlot[start];
      while (end < size
          && machine[bySlot[end]].equals(machine[newest])
          && compareClientIds(bySlot[end], newest) == 0) {
        // in batch order, as the snapshots arrived: a later one replaces the newest when newer
        if (newer(bySlot[end], newest)) {
          newest = bySlot[end];
        }
        end++;
      }
      kept[newest] = true;
      older[newest] = end - start - 1;
      start = end;
    }

    FleetMachine[] machines = new FleetMachine[size];
    for (int slot = 0; slot < size; slot++) {
      if (kept[slot]) {
        machines[slot] = new FleetMachine(index[slot], name[slot], machine[slot], older[slot]);
        perMachine.count(met, slot * metWords);
      }
    }
    List<Object> facts = new ArrayList<>();
    sharedClientIds(kept, machines, facts);
    updateSources(kept, machines, facts);
    wsusFailures(kept, older, facts);
    servers.forEach(
        (slot, server) -> {
          if (kept[slot]) {
            facts.add(server.withOlderSnapshots(older[slot]));
          }
        });
    return facts;
  }

  /** Receives the requirement flags of each machine: {@code words[from...]}, one bit each. */
  interface RequirementCounter {
    void count(long[] words, int from);
  }

  private void sharedClientIds(boolean[] kept, FleetMachine[] machines, List<Object> facts) {
    Integer[] byId =
        java.util.stream.IntStream.range(0, size)
            .filter(slot -> kept[slot] && clientIdKnown(slot))
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(
        byId,
        (a, b) -> {
          int c = compareClientIds(a, b);
          return c != 0 ? c : Integer.compare(a, b);
        });
    for (int start = 0; start < byId.length; ) {
      int end = start + 1;
      while (end < byId.length && compareClientIds(byId[end], byId[start]) == 0) {
        end++;
      }
      if (end - start >= 2) {
        List<FleetMachine> sharing = new ArrayList<>();
        for (int i = start; i < end; i++) {
          sharing.add(machines[byId[i]]);
        }
        facts.add(new SharedClientId(clientId(byId[start]), sharing));
      }
      start = end;
    }
  }

  private boolean clientIdKnown(int slot) {
    return (flags[slot] & CLIENT_ID_UUID) != 0 || idText[slot] != null;
  }

  private void updateSources(boolean[] kept, FleetMachine[] machines, List<Object> facts) {
    Map<Integer, List<MachineScan>> bySource = new LinkedHashMap<>();
    for (int slot = 0; slot < size; slot++) {
      if (kept[slot] && (flags[slot] & SCAN_KNOWN) != 0 && updateSource[slot] >= 0) {
        bySource
            .computeIfAbsent(updateSource[slot], s -> new ArrayList<>())
            .add(
                new MachineScan(
                    machines[slot], (flags[slot] & SCAN_SUCCEEDED) != 0, scanAgeDays[slot]));
      }
    }
    bySource.forEach((source, scans) -> facts.add(new UpdateSourceScans(names.get(source), scans)));
  }

  private void wsusFailures(boolean[] kept, int[] older, List<Object> facts) {
    Map<FailureGroup, List<ClientFailure>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < failures.size(); i++) {
      if (kept[failureSlots.get(i)]) {
        ClientFailure f = failures.get(i);
        byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
      }
    }
    // per server: its clients in the batch and their older snapshots
    Map<String, int[]> clients = new HashMap<>();
    byGroup.forEach(
        (group, failing) -> {
          int[] c =
              clients.computeIfAbsent(group.server(), server -> clientsOf(group, kept, older));
          facts.add(new WsusClientFailures(group, c[0], c[1], failing));
        });
  }

  private int[] clientsOf(FailureGroup group, boolean[] kept, int[] older) {
    int server = nameIds.get(group.server());
    int[] counts = new int[2];
    for (int slot = 0; slot < size; slot++) {
      if (kept[slot] && wsusServer[slot] == server && !servesOwnHost(slot, group)) {
        counts[0]++;
        counts[1] += older[slot];
      }
    }
    return counts;
  }

  /** A WSUS server whose policy points at itself is not one of its own clients. */
  private boolean servesOwnHost(int slot, FailureGroup group) {
    HostSummary server = servers.get(slot);
    return server != null && server.serves(group.host());
  }
}

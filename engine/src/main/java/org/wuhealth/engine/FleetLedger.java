package org.wuhealth.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;
import org.wuhealth.io.RowView;
import org.wuhealth.io.TextColumn;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.fleet.ClientFailure;
import org.wuhealth.rules.fleet.FailureGroup;
import org.wuhealth.rules.fleet.FleetFacts;
import org.wuhealth.rules.fleet.FleetMachine;
import org.wuhealth.rules.fleet.HostSummary;
import org.wuhealth.rules.fleet.MachineScan;
import org.wuhealth.rules.fleet.SharedClientId;
import org.wuhealth.rules.fleet.UpdateSourceScans;
import org.wuhealth.rules.fleet.WsusClientFailures;

/**
 * What a batch keeps of each analysed host for the fleet rules, in columns: about 110 bytes a host
 * with its name and machine texts (UTF-8 in one array each), where one {@link HostSummary} fact per
 * host kept about 500 and the fleet rules' evaluation over 100,000 of them reached 338 MB of heap
 * (measured in docs/performance.md). A WSUS server adds its source's text and its findings
 * (interned: servers of one fleet share a few), from which its summary is made again at the end,
 * since the rules show a server beside its failing clients (and only those servers reach them). At
 * the end, {@link #facts} picks each machine's newest snapshot and groups the machines into the few
 * facts the fleet rules match: per shared client id, per update source, per WSUS server and failure
 * code; the scans of a source are made when the rules read them ({@link RowView}). Used by one
 * thread.
 */
final class FleetLedger {
  private static final int SCAN_KNOWN = 1;
  private static final int SCAN_SUCCEEDED = 2;
  private static final int CLIENT_ID_UUID = 4;
  private static final int COLLECTED_KNOWN = 8;

  /** Typical length of a host name, and of a lower-case FQDN, in UTF-8 bytes. */
  private static final int NAME_BYTES = 16;

  private static final int MACHINE_BYTES = 32;

  private final int metWords;
  private int size;
  private int[] index;
  private final TextColumn name;
  private final TextColumn machine;
  private byte[] flags;

  /** The SusClientId as a UUID when its text is a UUID's canonical form (the common case). */
  private long[] idHigh;

  private long[] idLow;

  /** The SusClientId when it is not a canonical UUID; else null. */
  private String[] idText;

  /** Indexes into {@link #names}: WSUS server and update source; -1 for none. */
  private int[] wsusServer;

  private int[] updateSource;
  private long[] scanAgeDays;

  /** When the snapshot was taken (if {@link #COLLECTED_KNOWN}): seconds and nanoseconds. */
  private long[] collectedSeconds;

  private int[] collectedNanos;
  private long[] met;

  /** Interned server and source names: a fleet has few. */
  private final List<String> names = new ArrayList<>();

  private final Map<String, Integer> nameIds = new HashMap<>();

  /**
   * For WSUS servers, their row in {@link #serverSource} and {@link #serverFindings}; -1 for other
   * hosts. A server's names follow from its machine ({@link FleetFacts#serverNames}).
   */
  private int[] serverRow;

  private final TextColumn serverSource = new TextColumn(16, 64);
  private final List<ServerFindings> serverFindings = new ArrayList<>();

  /** Interned: many servers have the same findings. */
  private final Map<ServerFindings, ServerFindings> findingsSeen = new HashMap<>();

  /** Interned failure groups (server and code): a fleet has few. */
  private final List<FailureGroup> groups = new ArrayList<>();

  private final Map<FailureGroup, Integer> groupIds = new HashMap<>();

  /** One row per client failure: the host's slot, the group, the age in days. */
  private int failureCount;

  private int[] failureSlot = new int[16];
  private int[] failureGroup = new int[16];
  private long[] failureAgeDays = new long[16];

  /**
   * @param requirements how many requirement flags each host brings
   * @param expectedHosts how many hosts the batch plans (a hint: the columns are made that large at
   *     once, so that no doubled copies are left behind in the old generation)
   */
  FleetLedger(int requirements, int expectedHosts) {
    int n = Math.max(16, expectedHosts);
    this.metWords = Math.max(1, (requirements + 63) / 64);
    index = new int[n];
    name = new TextColumn(n, NAME_BYTES);
    machine = new TextColumn(n, MACHINE_BYTES);
    flags = new byte[n];
    idHigh = new long[n];
    idLow = new long[n];
    idText = new String[n];
    wsusServer = new int[n];
    updateSource = new int[n];
    scanAgeDays = new long[n];
    collectedSeconds = new long[n];
    collectedNanos = new int[n];
    met = new long[n * metWords];
    serverRow = new int[n];
  }

  /**
   * Keeps what the fleet rules need of one host: its summary, the failures its clients logged (of
   * which the group and age are kept: their index and host are the summary's) and, for each
   * requirement, whether its snapshot has it.
   */
  void add(HostSummary s, List<ClientFailure> hostFailures, boolean[] metRequirements) {
    if (size == index.length) {
      grow();
    }
    int slot = size++;
    index[slot] = s.index();
    name.add(s.name());
    machine.add(s.machine());
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
    if (s.collectedAt() != null) {
      f |= COLLECTED_KNOWN;
      collectedSeconds[slot] = s.collectedAt().getEpochSecond();
      collectedNanos[slot] = s.collectedAt().getNano();
    }
    flags[slot] = (byte) f;
    wsusServer[slot] = nameId(s.wsusServer());
    updateSource[slot] = nameId(s.updateSource());
    scanAgeDays[slot] = s.scanAgeDays();
    for (int i = 0; i < metRequirements.length; i++) {
      if (metRequirements[i]) {
        met[slot * metWords + i / 64] |= 1L << (i % 64);
      }
    }
    serverRow[slot] = -1;
    if (s.wsusServerRole()) {
      serverRow[slot] = serverSource.size();
      serverSource.add(s.source());
      ServerFindings findings = new ServerFindings(s.worstSeverity(), s.findings());
      serverFindings.add(findingsSeen.computeIfAbsent(findings, known -> known));
    }
    for (ClientFailure failure : hostFailures) {
      addFailure(slot, failure);
    }
  }

  private void addFailure(int slot, ClientFailure failure) {
    if (failureCount == failureSlot.length) {
      int n = failureCount * 2;
      failureSlot = Arrays.copyOf(failureSlot, n);
      failureGroup = Arrays.copyOf(failureGroup, n);
      failureAgeDays = Arrays.copyOf(failureAgeDays, n);
    }
    failureSlot[failureCount] = slot;
    failureGroup[failureCount] =
        groupIds.computeIfAbsent(
            failure.group(),
            g -> {
              groups.add(g);
              return groups.size() - 1;
            });
    failureAgeDays[failureCount] = failure.ageDays();
    failureCount++;
  }

  /** Doubles the columns, for a batch larger than planned. */
  private void grow() {
    int n = index.length * 2;
    index = Arrays.copyOf(index, n);
    flags = Arrays.copyOf(flags, n);
    idHigh = Arrays.copyOf(idHigh, n);
    idLow = Arrays.copyOf(idLow, n);
    idText = Arrays.copyOf(idText, n);
    wsusServer = Arrays.copyOf(wsusServer, n);
    updateSource = Arrays.copyOf(updateSource, n);
    scanAgeDays = Arrays.copyOf(scanAgeDays, n);
    collectedSeconds = Arrays.copyOf(collectedSeconds, n);
    collectedNanos = Arrays.copyOf(collectedNanos, n);
    met = Arrays.copyOf(met, n * metWords);
    serverRow = Arrays.copyOf(serverRow, n);
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
    if ((flags[a] & flags[b] & COLLECTED_KNOWN) != 0) {
      int c = Long.compare(collectedSeconds[a], collectedSeconds[b]);
      if (c == 0) {
        c = Integer.compare(collectedNanos[a], collectedNanos[b]);
      }
      if (c != 0) {
        return c > 0;
      }
    }
    return index[a] > index[b];
  }

  /**
   * The facts for the fleet rules, machines counted once: of several snapshots of one machine (by
   * name, domain and SusClientId) only the newest is kept, the others counted in its {@code
   * olderSnapshots}. {@code perMachine} receives each kept slot's requirement flags.
   */
  List<Object> facts(RequirementCounter perMachine) {
    int[] bySlot = new int[size];
    for (int i = 0; i < size; i++) {
      bySlot[i] = i;
    }
    sort(
        bySlot,
        (a, b) -> {
          int c = machine.compare(a, b);
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
          && machine.same(bySlot[end], newest)
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
    for (int slot = 0; slot < size; slot++) {
      if (kept[slot]) {
        perMachine.count(met, slot * metWords);
      }
    }
    List<Object> facts = new ArrayList<>();
    sharedClientIds(kept, older, facts);
    updateSources(kept, older, facts);
    Set<String> failingServers = wsusFailures(kept, older, facts);
    // the rules look at a WSUS server only beside failing clients that point at it
    for (int slot = 0; slot < size; slot++) {
      if (kept[slot] && serverRow[slot] >= 0 && servesAny(slot, failingServers)) {
        facts.add(serverAt(slot, older));
      }
    }
    return facts;
  }

  /** A WSUS server's worst severity and finding lines, which the fleet rules show. */
  private record ServerFindings(Severity worst, List<String> lines) {}

  /** The summary of the WSUS server in {@code slot}, made again from the columns. */
  private HostSummary serverAt(int slot, int[] older) {
    String machineName = machine.get(slot);
    ServerFindings findings = serverFindings.get(serverRow[slot]);
    return new HostSummary(
        index[slot],
        name.get(slot),
        machineName,
        clientId(slot),
        wsusServer[slot] < 0 ? null : names.get(wsusServer[slot]),
        updateSource[slot] < 0 ? null : names.get(updateSource[slot]),
        (flags[slot] & SCAN_KNOWN) != 0,
        (flags[slot] & SCAN_SUCCEEDED) != 0,
        scanAgeDays[slot],
        FleetFacts.serverNames(machineName),
        serverSource.get(serverRow[slot]),
        findings.worst(),
        findings.lines(),
        (flags[slot] & COLLECTED_KNOWN) != 0
            ? Instant.ofEpochSecond(collectedSeconds[slot], collectedNanos[slot])
            : null,
        older[slot]);
  }

  /**
   * Sorts slots by {@code order}, a total order: a merge sort of ints, since sorting boxed slots
   * made 100,000 Integer objects at the end of a batch, when the heap is at its fullest.
   */
  static void sort(int[] slots, IntBinaryOperator order) {
    int[] buffer = new int[slots.length];
    for (int width = 1; width < slots.length; width *= 2) {
      for (int lo = 0; lo < slots.length - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, slots.length);
        System.arraycopy(slots, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          slots[k] =
              i < mid && (j >= hi || order.applyAsInt(buffer[i], buffer[j]) <= 0)
                  ? buffer[i++]
                  : buffer[j++];
        }
      }
    }
  }

  /** Receives the requirement flags of each machine: {@code words[from...]}, one bit each. */
  interface RequirementCounter {
    void count(long[] words, int from);
  }

  /** The machine whose newest snapshot is in {@code slot}, made anew with its name texts. */
  private FleetMachine machineAt(int slot, int[] older) {
    return new FleetMachine(index[slot], name.get(slot), machine.get(slot), older[slot]);
  }

  private void sharedClientIds(boolean[] kept, int[] older, List<Object> facts) {
    int[] byId =
        IntStream.range(0, size).filter(slot -> kept[slot] && clientIdKnown(slot)).toArray();
    sort(
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
          sharing.add(machineAt(byId[i], older));
        }
        facts.add(new SharedClientId(clientId(byId[start]), sharing));
      }
      start = end;
    }
  }

  private boolean clientIdKnown(int slot) {
    return (flags[slot] & CLIENT_ID_UUID) != 0 || idText[slot] != null;
  }

  /** One fact per source, in the order of each source's first machine, its scans made on demand. */
  private void updateSources(boolean[] kept, int[] older, List<Object> facts) {
    int[] machinesOf = new int[names.size()];
    List<Integer> order = new ArrayList<>();
    for (int slot = 0; slot < size; slot++) {
      if (scanGrouped(slot, kept) && machinesOf[updateSource[slot]]++ == 0) {
        order.add(updateSource[slot]);
      }
    }
    int[][] slotsOf = new int[names.size()][];
    int[] filled = new int[names.size()];
    for (int source : order) {
      slotsOf[source] = new int[machinesOf[source]];
    }
    for (int slot = 0; slot < size; slot++) {
      if (scanGrouped(slot, kept)) {
        slotsOf[updateSource[slot]][filled[updateSource[slot]]++] = slot;
      }
    }
    for (int source : order) {
      int[] slots = slotsOf[source];
      facts.add(
          new UpdateSourceScans(
              names.get(source),
              RowView.of(
                  slots.length,
                  i ->
                      new MachineScan(
                          machineAt(slots[i], older),
                          (flags[slots[i]] & SCAN_SUCCEEDED) != 0,
                          scanAgeDays[slots[i]]))));
    }
  }

  /** True when {@code slot} is a kept machine whose last scan and update source are known. */
  private boolean scanGrouped(int slot, boolean[] kept) {
    return kept[slot] && (flags[slot] & SCAN_KNOWN) != 0 && updateSource[slot] >= 0;
  }

  /**
   * One fact per WSUS server and failure code; returns the hosts of those servers (as {@link
   * FailureGroup#host}).
   */
  private Set<String> wsusFailures(boolean[] kept, int[] older, List<Object> facts) {
    Map<Integer, List<ClientFailure>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < failureCount; i++) {
      int slot = failureSlot[i];
      if (kept[slot]) {
        FailureGroup group = groups.get(failureGroup[i]);
        byGroup
            .computeIfAbsent(failureGroup[i], g -> new ArrayList<>())
            .add(new ClientFailure(group, index[slot], name.get(slot), failureAgeDays[i]));
      }
    }
    // per server: its clients in the batch and their older snapshots
    Map<String, int[]> clients = new HashMap<>();
    byGroup.forEach(
        (id, failing) -> {
          FailureGroup group = groups.get(id);
          int[] c =
              clients.computeIfAbsent(group.server(), server -> clientsOf(group, kept, older));
          facts.add(new WsusClientFailures(group, c[0], c[1], failing));
        });
    Set<String> hosts = new HashSet<>();
    byGroup.keySet().forEach(id -> hosts.add(groups.get(id).host()));
    return hosts;
  }

  /** True when the WSUS server in {@code slot} is the one clients reach as one of {@code hosts}. */
  private boolean servesAny(int slot, Set<String> hosts) {
    if (hosts.isEmpty()) {
      return false;
    }
    List<String> serverNames = FleetFacts.serverNames(machine.get(slot));
    return hosts.stream().anyMatch(host -> HostSummary.serves(serverNames, host));
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
    return serverRow[slot] >= 0
        && HostSummary.serves(FleetFacts.serverNames(machine.get(slot)), group.host());
  }
}

package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.Snapshot;

/**
 * Which parts of a snapshot were collected, as dotted paths such as "updates", "os.ubr" or
 * "windowsUpdate.policy.wuServer". Lists count as collected even when empty; their items are not
 * descended into. Rules declare the paths they need, and the engine reports a check as skipped when
 * one is missing, so that "no finding" is never mistaken for "healthy".
 */
public final class Coverage {
  /**
   * Every path the format defines, numbered once in model order: a snapshot's coverage is then a
   * bit per path, found without building the path strings of every host.
   */
  private static final PathNode MODEL;

  private static final List<String> PATHS;
  private static final Map<String, Integer> INDEX;

  static {
    List<String> paths = new ArrayList<>();
    MODEL = PathNode.of(Snapshot.class, "", paths);
    PATHS = List.copyOf(paths);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      index.put(paths.get(i), i);
    }
    INDEX = Map.copyOf(index);
  }

  /** The members of a record type at one place in the model, with their path numbers. */
  private record PathNode(List<FactPaths.Member> members, int[] numbers, PathNode[] children) {
    static PathNode of(Class<? extends Record> type, String prefix, List<String> paths) {
      List<FactPaths.Member> members = FactPaths.members(type);
      int[] numbers = new int[members.size()];
      PathNode[] children = new PathNode[members.size()];
      for (int i = 0; i < numbers.length; i++) {
        FactPaths.Member m = members.get(i);
        String path = prefix + m.name();
        numbers[i] = paths.size();
        paths.add(path);
        if (m.kind() == FactPaths.Kind.RECORD) {
          children[i] = of(m.type().asSubclass(Record.class), path + ".", paths);
        }
      }
      return new PathNode(members, numbers, children);
    }
  }

  private final BitSet present;

  private Coverage(BitSet present) {
    this.present = present;
  }

  public static Coverage of(Snapshot snapshot) {
    BitSet present = new BitSet(PATHS.size());
    walk(snapshot, MODEL, present);
    return new Coverage(present);
  }

  /** True when {@code path} (e.g. "wsus.sites") was collected. */
  public boolean has(String path) {
    Integer number = INDEX.get(path);
    return number != null && present.get(number);
  }

  /** The collected paths, sorted. */
  public Set<String> paths() {
    Set<String> paths = new TreeSet<>();
    present.stream().forEach(i -> paths.add(PATHS.get(i)));
    return paths;
  }

  /** Every path the snapshot format defines, for checking the paths rules declare. */
  public static Set<String> knownPaths() {
    return new TreeSet<>(PATHS);
  }

  // The same walk of the model as the snapshot reader and writer (FactPaths), so that a member
  // added to a fact record is covered without code here.
  private static void walk(Record value, PathNode node, BitSet present) {
    for (int i = 0; i < node.numbers().length; i++) {
      Object child = node.members().get(i).of(value);
      if (child == null) {
        continue;
      }
      present.set(node.numbers()[i]);
      if (node.children()[i] != null) {
        walk((Record) child, node.children()[i], present);
      }
    }
  }
}

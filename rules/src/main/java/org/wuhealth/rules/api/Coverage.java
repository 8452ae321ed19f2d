package org.wuhealth.rules.api;

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
  private final Set<String> present;

  private Coverage(Set<String> present) {
    this.present = present;
  }

  public static Coverage of(Snapshot snapshot) {
    Set<String> present = new TreeSet<>();
    walk(snapshot, "", present);
    return new Coverage(present);
  }

  /** True when {@code path} (e.g. "wsus.sites") was collected. */
  public boolean has(String path) {
    return present.contains(path);
  }

  public Set<String> paths() {
    return present;
  }

  /** Every path the snapshot format defines, for checking the paths rules declare. */
  public static Set<String> knownPaths() {
    Set<String> all = new TreeSet<>();
    collectKnown(Snapshot.class, "", all);
    return all;
  }

  // The same walk of the model as the snapshot reader and writer (FactPaths), so that a member
  // added to a fact record is covered without code here.
  private static void walk(Record value, String prefix, Set<String> present) {
    for (FactPaths.Member m : FactPaths.members(value.getClass())) {
      Object child = m.of(value);
      if (child == null) {
        continue;
      }
      String path = prefix + m.name();
      present.add(path);
      if (m.kind() == FactPaths.Kind.RECORD) {
        walk((Record) child, path + ".", present);
      }
    }
  }

  private static void collectKnown(Class<? extends Record> type, String prefix, Set<String> all) {
    for (FactPaths.Member m : FactPaths.members(type)) {
      String path = prefix + m.name();
      all.add(path);
      if (m.kind() == FactPaths.Kind.RECORD) {
        collectKnown(m.type().asSubclass(Record.class), path + ".", all);
      }
    }
  }
}

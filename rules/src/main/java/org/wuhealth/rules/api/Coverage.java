package org.wuhealth.rules.api;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
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

  private static void walk(Object value, String prefix, Set<String> present) {
    for (RecordComponent c : COMPONENTS.get(value.getClass())) {
      Object child;
      try {
        child = c.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c, e);
      }
      if (child == null) {
        continue;
      }
      String path = prefix + c.getName();
      present.add(path);
      if (child.getClass().isRecord()) {
        walk(child, path + ".", present);
      }
    }
  }

  // Class.getRecordComponents() builds new reflection objects on every call; a batch asks once per
  // record of every host.
  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          for (RecordComponent c : components) {
            c.getAccessor().setAccessible(true);
          }
          return components;
        }
      };

  private static void collectKnown(Class<?> type, String prefix, Set<String> all) {
    for (RecordComponent c : type.getRecordComponents()) {
      String path = prefix + c.getName();
      all.add(path);
      if (c.getType().isRecord()) {
        collectKnown(c.getType(), path + ".", all);
      }
    }
  }
}

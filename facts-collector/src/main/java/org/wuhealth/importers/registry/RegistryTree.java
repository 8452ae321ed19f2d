package org.wuhealth.importers.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Registry keys and values as read from somewhere: a {@code .reg} export today, the live registry
 * (through JNA) in the live collector. It also knows what was <em>covered</em>: the subtrees read
 * completely, where a missing key or value really does not exist. Outside them a missing key is
 * unknown, which is what keeps an export of one key from saying "no pending restart".
 *
 * <p>Paths are case-insensitive and written with backslashes; the root may be spelled {@code
 * HKEY_LOCAL_MACHINE}, {@code HKLM} or {@code HKLM:}. A path through {@code CurrentControlSet} also
 * finds a key exported under {@code ControlSet001}.
 */
public final class RegistryTree {
  private final NavigableMap<String, Map<String, RegistryValue>> keys;
  private final List<Root> covered;
  private final List<String> unreadable;

  /** A subtree read completely, and what it was read from (a file name, "registry"). */
  private record Root(String path, String source) {}

  private RegistryTree(
      NavigableMap<String, Map<String, RegistryValue>> keys,
      List<Root> covered,
      List<String> unreadable) {
    this.keys = keys;
    this.covered = covered;
    this.unreadable = unreadable;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects keys and values; paths are normalised on the way in. */
  public static final class Builder {
    private final Map<String, Map<String, RegistryValue>> keys =
        new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Root> covered = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    /** Records that {@code path} exists (with no values yet). */
    public Builder key(String path) {
      keys.computeIfAbsent(normalize(path), k -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
      return this;
    }

    /** Adds a value to the key at {@code path}; "" is the key's default value. */
    public Builder value(String path, RegistryValue value) {
      key(path);
      keys.get(normalize(path)).put(value.name(), value);
      return this;
    }

    /**
     * Declares that everything below {@code path} was read from {@code source}: absence there is a
     * fact.
     */
    public Builder covered(String path, String source) {
      covered.add(new Root(normalize(path), source));
      return this;
    }

    /**
     * Declares that the subtree at {@code path} could not be read (access denied, a time-out),
     * although a covered subtree contains it: what is missing there is unknown, not absent.
     */
    public Builder unreadable(String path) {
      unreadable.add(normalize(path));
      return this;
    }

    public RegistryTree build() {
      NavigableMap<String, Map<String, RegistryValue>> copy =
          new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      keys.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
      return new RegistryTree(copy, List.copyOf(covered), List.copyOf(unreadable));
    }
  }

  /** "HKEY_LOCAL_MACHINE\SOFTWARE\x" and "HKLM:\software\x\" both become "HKLM\software\x". */
  public static String normalize(String path) {
    String p = path.trim().replace('/', '\\');
    while (p.endsWith("\\")) {
      p = p.substring(0, p.length() - 1);
    }
    int slash = p.indexOf('\\');
    String root = (slash < 0 ? p : p.substring(0, slash)).toUpperCase(Locale.ROOT);
    String rest = slash < 0 ? "" : p.substring(slash);
    root =
        switch (root.endsWith(":") ? root.substring(0, root.length() - 1) : root) {
          case "HKEY_LOCAL_MACHINE", "HKLM" -> "HKLM";
          case "HKEY_CURRENT_USER", "HKCU" -> "HKCU";
          case "HKEY_USERS", "HKU" -> "HKU";
          case "HKEY_CLASSES_ROOT", "HKCR" -> "HKCR";
          default -> root;
        };
    return root + rest;
  }

  /** True when the key exists. */
  public boolean exists(String path) {
    return resolve(path) != null;
  }

  /** True when the whole subtree at {@code path} was read, so absence there is a fact. */
  public boolean isCovered(String path) {
    if (isUnreadable(path)) {
      return false;
    }
    for (String alias : aliases(normalize(path))) {
      for (Root root : covered) {
        if (isAtOrBelow(alias, root.path())) {
          return true;
        }
      }
    }
    return false;
  }

  /** What the subtrees containing {@code path} were read from, without repeats. */
  public List<String> sources(String path) {
    List<String> sources = new ArrayList<>();
    for (String alias : aliases(normalize(path))) {
      for (Root root : covered) {
        if (isAtOrBelow(alias, root.path()) && !sources.contains(root.source())) {
          sources.add(root.source());
        }
      }
    }
    return sources;
  }

  /** True when {@code path} lies in a subtree that could not be read. */
  public boolean isUnreadable(String path) {
    for (String alias : aliases(normalize(path))) {
      for (String root : unreadable) {
        if (isAtOrBelow(alias, root)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAtOrBelow(String path, String root) {
    return path.equalsIgnoreCase(root) || startsWithIgnoreCase(path, root + "\\");
  }

  /** The value {@code name} of the key at {@code path}. */
  public Optional<RegistryValue> value(String path, String name) {
    Map<String, RegistryValue> values = resolve(path);
    return values == null ? Optional.empty() : Optional.ofNullable(values.get(name));
  }

  /** The values of the key at {@code path}, in the order read; empty when it does not exist. */
  public List<RegistryValue> values(String path) {
    Map<String, RegistryValue> values = resolve(path);
    return values == null ? List.of() : List.copyOf(values.values());
  }

  /**
   * The names of the direct subkeys of {@code path}, sorted. The keys below a path are one range of
   * the sorted map, so this reads that subtree only (scanning every key for each parent made an
   * export of 40,000 CBS packages quadratic: 76 s).
   */
  public List<String> subkeys(String path) {
    for (String alias : aliases(normalize(path))) {
      String prefix = alias + "\\";
      TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      for (String key : keys.tailMap(prefix, true).keySet()) {
        if (!startsWithIgnoreCase(key, prefix)) {
          break;
        }
        String rest = key.substring(prefix.length());
        int slash = rest.indexOf('\\');
        names.add(slash < 0 ? rest : rest.substring(0, slash));
      }
      if (!names.isEmpty()) {
        return List.copyOf(names);
      }
    }
    return List.of();
  }

  private Map<String, RegistryValue> resolve(String path) {
    for (String alias : aliases(normalize(path))) {
      Map<String, RegistryValue> values = keys.get(alias);
      if (values != null) {
        return values;
      }
    }
    return null;
  }

  /** The path itself and, for CurrentControlSet, the ControlSet001 it usually points to. */
  private static List<String> aliases(String path) {
    String marker = "\\CurrentControlSet";
    int at = path.toLowerCase(Locale.ROOT).indexOf(marker.toLowerCase(Locale.ROOT));
    if (at < 0) {
      return List.of(path);
    }
    return List.of(
        path, path.substring(0, at) + "\\ControlSet001" + path.substring(at + marker.length()));
  }

  private static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}

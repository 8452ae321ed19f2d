package org.wuhealth.collector;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A registry in memory that answers like the JNA reader: raw bytes as RegQueryValueEx returns them
 * (strings NUL-terminated UTF-16LE, multi-strings with their empty entries and the final NUL).
 */
final class FakeRegistry implements RegistryReader {
  private final Map<String, Map<String, RawValue>> keys =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, Integer> denied = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  final List<String> reads = new ArrayList<>();

  FakeRegistry key(String path) {
    String p = path;
    while (true) {
      keys.computeIfAbsent(p, k -> new LinkedHashMap<>());
      int slash = p.lastIndexOf('\\');
      if (slash <= 4) {
        return this;
      }
      p = p.substring(0, slash);
    }
  }

  FakeRegistry sz(String path, String name, String value) {
    return value(path, new RawValue(name, 1, utf16z(value)));
  }

  FakeRegistry dword(String path, String name, long value) {
    return value(
        path,
        new RawValue(
            name,
            4,
            ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array()));
  }

  /** REG_MULTI_SZ: each string NUL-terminated, then one more NUL. */
  FakeRegistry multiSz(String path, String name, List<String> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String v : values) {
      out.writeBytes(utf16z(v));
    }
    out.writeBytes(new byte[2]);
    return value(path, new RawValue(name, 7, out.toByteArray()));
  }

  FakeRegistry deny(String path) {
    denied.put(path, NativeException.ACCESS_DENIED);
    return this;
  }

  private FakeRegistry value(String path, RawValue value) {
    key(path);
    keys.get(path).put(value.name(), value);
    return this;
  }

  private static byte[] utf16z(String s) {
    return (s + "\0").getBytes(StandardCharsets.UTF_16LE);
  }

  @Override
  public RawKey read(String path, List<String> names) throws NativeException {
    reads.add(path + (names == null ? "" : " " + names));
    if (denied.containsKey(path)) {
      throw NativeException.win32("RegOpenKeyEx", denied.get(path), "Access is denied.");
    }
    Map<String, RawValue> values = keys.get(path);
    if (values == null) {
      return null;
    }
    String prefix = path.toLowerCase(Locale.ROOT) + "\\";
    List<String> subkeys = new ArrayList<>();
    for (String k : keys.keySet()) {
      String lower = k.toLowerCase(Locale.ROOT);
      if (lower.startsWith(prefix) && !k.substring(prefix.length()).contains("\\")) {
        subkeys.add(k.substring(prefix.length()));
      }
    }
    List<RawValue> selected = new ArrayList<>();
    for (RawValue v : values.values()) {
      if (names == null || names.stream().anyMatch(n -> n.equalsIgnoreCase(v.name()))) {
        selected.add(v);
      }
    }
    return new RawKey(subkeys, selected);
  }
}

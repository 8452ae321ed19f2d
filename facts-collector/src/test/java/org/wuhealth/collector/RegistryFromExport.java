package org.wuhealth.collector;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wuhealth.importers.registry.RegFileParser;
import org.wuhealth.importers.registry.RegistryTree;
import org.wuhealth.importers.registry.RegistryValue;

/**
 * A registry that answers from {@code .reg} files (the Wine bench's seed), with raw bytes as
 * RegQueryValueEx gives them; keys that only have subkeys in the files exist, as in a registry.
 */
final class RegistryFromExport implements RegistryReader {
  private final RegistryTree tree;
  private final Map<String, RawValue> overrides = new HashMap<>();

  RegistryFromExport(Path... regFiles) throws Exception {
    RegistryTree.Builder builder = RegistryTree.builder();
    for (Path f : regFiles) {
      RegFileParser.parseInto(builder, f.toString(), Files.readString(f));
    }
    this.tree = builder.build();
  }

  /** Replaces one string value (a path that must point into the test's folder). */
  RegistryFromExport override(String path, String name, String value) {
    overrides.put(key(path, name), new RawValue(name, 1, utf16z(value)));
    return this;
  }

  private static String key(String path, String name) {
    return (RegistryTree.normalize(path) + "|" + name).toLowerCase(Locale.ROOT);
  }

  @Override
  public RawKey read(String path, List<String> names) {
    List<String> subkeys = tree.subkeys(path);
    if (!tree.exists(path) && subkeys.isEmpty()) {
      return null;
    }
    List<RawValue> values = new ArrayList<>();
    for (RegistryValue v : tree.values(path)) {
      if (names == null || names.stream().anyMatch(n -> n.equalsIgnoreCase(v.name()))) {
        values.add(overrides.getOrDefault(key(path, v.name()), raw(v)));
      }
    }
    return new RawKey(subkeys, values);
  }

  private static RawValue raw(RegistryValue v) {
    return switch (v.type()) {
      case STRING -> new RawValue(v.name(), 1, utf16z((String) v.data()));
      case EXPAND_STRING -> new RawValue(v.name(), 2, utf16z((String) v.data()));
      case DWORD ->
          new RawValue(
              v.name(),
              4,
              ByteBuffer.allocate(4)
                  .order(ByteOrder.LITTLE_ENDIAN)
                  .putInt(((Long) v.data()).intValue())
                  .array());
      case QWORD ->
          new RawValue(
              v.name(),
              11,
              ByteBuffer.allocate(8)
                  .order(ByteOrder.LITTLE_ENDIAN)
                  .putLong((Long) v.data())
                  .array());
      case MULTI_STRING -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        v.asStrings().forEach(s -> out.writeBytes(utf16z(s)));
        out.writeBytes(new byte[2]);
        yield new RawValue(v.name(), 7, out.toByteArray());
      }
      case BINARY -> new RawValue(v.name(), 3, (byte[]) v.data());
      case NONE -> new RawValue(v.name(), 0, (byte[]) v.data());
    };
  }

  private static byte[] utf16z(String s) {
    return (s + "\0").getBytes(StandardCharsets.UTF_16LE);
  }
}

package org.wuhealth.collector;

import static org.wuhealth.importers.registry.RegistryPaths.CBS_PACKAGES;
import static org.wuhealth.importers.registry.RegistryPaths.CBS_VERSION;
import static org.wuhealth.importers.registry.RegistryPaths.CURRENT_VERSION;
import static org.wuhealth.importers.registry.RegistryPaths.SERVICES;
import static org.wuhealth.importers.registry.RegistryPaths.SMS;
import static org.wuhealth.importers.registry.RegistryPaths.WSUS_SETUP;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.importers.registry.RegistryFactsMapper;
import org.wuhealth.importers.registry.RegistryPaths;
import org.wuhealth.importers.registry.RegistryTree;
import org.wuhealth.importers.registry.RegistryValue;

/**
 * Reads the keys of {@link RegistryPaths#reads()} into a {@link RegistryTree}, exactly as a {@code
 * .reg} export would hold them, for {@link RegistryFactsMapper}. Every key read is covered, also
 * when it does not exist (absence is then a fact); a key that cannot be read (access denied)
 * becomes an issue and an unreadable subtree, so the mapper treats it as unknown.
 */
final class RegistrySource {
  static final String NAME = "registry";

  /** The tree, and what could not be read. */
  record Result(RegistryTree tree, List<CollectionIssue> issues) {}

  private final RegistryReader reader;
  private final RegistryTree.Builder builder = RegistryTree.builder();
  private final List<CollectionIssue> issues = new ArrayList<>();

  private RegistrySource(RegistryReader reader) {
    this.reader = reader;
  }

  static Result read(RegistryReader reader, List<RegistryPaths.Read> reads) {
    RegistrySource source = new RegistrySource(reader);
    for (RegistryPaths.Read read : reads) {
      if (source.readKey(read.path(), read.depth(), read, null)) {
        source.builder.covered(read.path(), NAME);
      }
    }
    return new Result(source.builder.build(), List.copyOf(source.issues));
  }

  /**
   * Reads one key and, while {@code depth} allows, its subkeys. Returns false when the key could
   * not be read at all.
   */
  private boolean readKey(String path, int depth, RegistryPaths.Read read, List<String> names) {
    RegistryReader.RawKey key;
    try {
      key = reader.read(path, names);
    } catch (NativeException e) {
      builder.unreadable(path);
      issues.add(new CollectionIssue(NAME, path + ": " + e.getMessage(), e.code(), section(path)));
      return false;
    }
    if (key == null) {
      return true;
    }
    builder.key(path);
    for (RegistryReader.RawValue v : key.values()) {
      builder.value(
          path, RegistryValue.fromBytes(v.name(), v.type(), v.data(), StandardCharsets.UTF_16LE));
    }
    if (depth > 0) {
      for (String subkey : key.subkeys()) {
        if (read.subkeyPrefix() != null
            && !subkey.regionMatches(
                true, 0, read.subkeyPrefix(), 0, read.subkeyPrefix().length())) {
          continue;
        }
        String child = path + "\\" + subkey;
        if (read.values() != null && read.values().isEmpty() && depth == 1) {
          builder.key(child); // its name is all the mapper needs
        } else {
          readKey(child, depth - 1, read, read.values());
        }
      }
    }
    return true;
  }

  /** The snapshot section a key feeds, for issues that leave it incomplete. */
  static String section(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.startsWith(CBS_PACKAGES.toLowerCase(Locale.ROOT))) {
      return "packages";
    }
    if (p.startsWith(CBS_VERSION.toLowerCase(Locale.ROOT))) {
      return "servicingStack";
    }
    if (p.startsWith(SERVICES.toLowerCase(Locale.ROOT) + "\\")
        && RegistryPaths.UPDATE_SERVICES.stream()
            .anyMatch(s -> p.equals((SERVICES + "\\" + s).toLowerCase(Locale.ROOT)))) {
      return "services";
    }
    if (RegistryFactsMapper.rebootLocations().stream()
        .anyMatch(l -> p.startsWith(l.toLowerCase(Locale.ROOT)))) {
      return "pendingReboot";
    }
    if (p.startsWith(WSUS_SETUP.toLowerCase(Locale.ROOT))
        || p.startsWith(SMS.toLowerCase(Locale.ROOT))) {
      return "wsus";
    }
    if (p.startsWith(CURRENT_VERSION.toLowerCase(Locale.ROOT) + "\\appcompatflags")
        || p.contains("\\windowsupdate")
        || p.contains("\\uninstall")) {
      return "windowsUpdate";
    }
    if (p.startsWith(CURRENT_VERSION.toLowerCase(Locale.ROOT)) || p.contains("\\control\\")) {
      return "os";
    }
    return null;
  }
}

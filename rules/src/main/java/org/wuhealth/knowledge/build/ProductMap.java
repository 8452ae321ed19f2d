package org.wuhealth.knowledge.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.wuhealth.knowledge.CsvTable;
import org.wuhealth.knowledge.OsRelease;

/**
 * MSRC product names to the release catalogue (msrc-products.csv): a name is reduced to its base
 * ("Windows Server 2022 (Server Core installation)" and "Windows 10 Version 1809 for x64-based
 * Systems" become "Windows Server 2022" and "Windows 10 Version 1809") and looked up. Unknown names
 * are never guessed: a Windows product the table does not list is {@link Kind#UNKNOWN}, and the
 * build summary names it.
 */
public final class ProductMap {
  /** What a product name is to the update tables. */
  public enum Kind {
    /** A catalogued release. */
    RELEASE,
    /** Listed in msrc-products.csv as not a release wuhealth analyses (phones, HoloLens, RT). */
    NOT_A_RELEASE,
    /** Listed with a release id that os-releases.csv does not have (yet). */
    UNCATALOGUED,
    /** A Windows operating system name the table does not list. */
    UNKNOWN,
    /** Another product (Office, Edge, .NET, Windows components): not an operating system. */
    OTHER
  }

  /** How one product name resolves. */
  public record Match(Kind kind, String releaseId) {}

  private static final Pattern CORE = Pattern.compile("(?i)\\s*\\(server core installation\\)");
  private static final Pattern ARCHITECTURE =
      Pattern.compile(
          "(?i)\\s+for\\s+(x64-based|32-bit|x86-based|arm64-based|itanium-based)\\s+systems");
  private static final Pattern WINDOWS_OS =
      Pattern.compile("(?i)^windows (\\d|server|rt\\b|vista|xp)");

  private final Map<String, Match> byName = new HashMap<>();

  /**
   * @param rows msrc-products.csv (msrc_name, release_id)
   * @param catalogue the release catalogue the ids must be in
   */
  public ProductMap(List<Map<String, String>> rows, List<OsRelease> catalogue) {
    for (Map<String, String> row : rows) {
      String id = row.getOrDefault("release_id", "").trim();
      Kind kind =
          id.isEmpty()
              ? Kind.NOT_A_RELEASE
              : catalogue.stream().anyMatch(r -> r.id().equals(id))
                  ? Kind.RELEASE
                  : Kind.UNCATALOGUED;
      byName.put(key(row.get("msrc_name")), new Match(kind, id.isEmpty() ? null : id));
    }
  }

  /** The shipped msrc-products.csv against {@code catalogue}. */
  public static ProductMap bundled(List<OsRelease> catalogue) {
    String resource = "/org/wuhealth/knowledge/msrc-products.csv";
    try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("knowledge table missing from the classpath: " + resource);
      }
      return new ProductMap(CsvTable.read(in, "msrc-products.csv"), catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public Match resolve(String productName) {
    String base = base(productName);
    Match m = byName.get(key(base));
    if (m != null) {
      return m;
    }
    return new Match(WINDOWS_OS.matcher(base).find() ? Kind.UNKNOWN : Kind.OTHER, null);
  }

  /** The name without Server Core and architecture suffixes, spaces collapsed. */
  public static String base(String productName) {
    String n = CORE.matcher(productName).replaceAll("");
    n = ARCHITECTURE.matcher(n).replaceAll(" ");
    return n.replaceAll("\\s+", " ").trim();
  }

  private static String key(String name) {
    return base(name).toLowerCase(Locale.ROOT);
  }
}

package org.wuhealth.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The update tables that {@code wuhealth kb update} wrote to a folder, checked before use. The
 * folder holds data files named after their content ({@code rollups.3f2a9c1d0b7e.csv}) and {@code
 * edition.properties}, written last, which names them with their SHA-256: a reader sees the
 * previous complete overlay or the new one. An overlay whose files do not match, or one without its
 * edition file, is refused and the bundled tables are used.
 */
public final class KnowledgeOverlay {
  /** The tables an overlay holds: the three update tables and the documents they came from. */
  public static final List<String> TABLES =
      List.of("rollups.csv", "ssu.csv", "supersedence.csv", "documents.csv");

  private final Path dir;
  private final KnowledgeEdition edition;
  private final Map<String, List<Map<String, String>>> tables;

  /** Why an overlay cannot be used, as one line. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(Path dir, String why) {
      super("the knowledge overlay in " + dir + " " + why + "; using the bundled knowledge");
    }
  }

  private KnowledgeOverlay(
      Path dir, KnowledgeEdition edition, Map<String, List<Map<String, String>>> tables) {
    this.dir = dir;
    this.edition = edition;
    this.tables = tables;
  }

  /**
   * The overlay in {@code dir}, or empty when there is none (no folder, or an empty one).
   *
   * @throws Refused when it is damaged or half written
   */
  public static Optional<KnowledgeOverlay> load(Path dir) throws Refused {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Path editionFile = dir.resolve(KnowledgeEdition.FILE);
    if (!Files.exists(editionFile)) {
      try (Stream<Path> files = Files.list(dir)) {
        if (files.findAny().isEmpty()) {
          return Optional.empty();
        }
      } catch (IOException e) {
        throw new Refused(dir, "cannot be listed (" + e.getMessage() + ")");
      }
      throw new Refused(
          dir,
          "is incomplete: it has no " + KnowledgeEdition.FILE + " (an update was interrupted)");
    }
    try {
      String text = Files.readString(editionFile, StandardCharsets.UTF_8);
      KnowledgeEdition edition;
      try {
        edition = KnowledgeEdition.parse(text, dir);
      } catch (IllegalArgumentException e) {
        throw new Refused(dir, "is damaged: " + KnowledgeEdition.FILE + ": " + e.getMessage());
      }
      if (edition.updatedOn() == null) {
        throw new Refused(dir, "is damaged: " + KnowledgeEdition.FILE + ": no updated-on");
      }
      Properties p = KnowledgeEdition.properties(text);
      Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
      for (String table : TABLES) {
        tables.put(table, table(dir, p, table));
      }
      return Optional.of(new KnowledgeOverlay(dir, edition, tables));
    } catch (IOException e) {
      throw new Refused(dir, "cannot be read (" + e.getMessage() + ")");
    }
  }

  private static List<Map<String, String>> table(Path dir, Properties p, String table)
      throws Refused, IOException {
    String name = p.getProperty("table." + table);
    String sha = p.getProperty("sha256." + table);
    if (name == null || sha == null || name.contains("/") || name.contains("\\")) {
      throw new Refused(dir, "is damaged: " + KnowledgeEdition.FILE + " does not name " + table);
    }
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new Refused(dir, "is incomplete: " + name + " is missing");
    }
    byte[] bytes = Files.readAllBytes(file);
    if (!sha256(bytes).equals(sha.trim())) {
      throw new Refused(
          dir, "is damaged: " + name + " does not match its checksum (changed or cut short)");
    }
    try {
      return CsvTable.read(new ByteArrayInputStream(bytes), name);
    } catch (IOException | RuntimeException e) {
      throw new Refused(dir, "is damaged: " + name + ": " + e.getMessage());
    }
  }

  /** Hex SHA-256, as edition.properties records it. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** The overlay's own edition: its documents and the day it was written. */
  public KnowledgeEdition edition() {
    return edition;
  }

  public List<Map<String, String>> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }

  /** The edition of the bundled knowledge with this overlay on top. */
  KnowledgeEdition editionOver(KnowledgeEdition bundled) {
    boolean newer = edition.newestUpdate().isAfter(bundled.newestUpdate());
    LocalDate newest = newer ? edition.newestUpdate() : bundled.newestUpdate();
    return new KnowledgeEdition(
        YearMonth.from(newest), newest, edition.documents(), edition.updatedOn(), dir);
  }

  /** What identifies a row of an update table: the KB, or the pair for supersedence. */
  public static String key(String table, Map<String, String> row) {
    return table.equals("supersedence.csv")
        ? row.get("kb") + ">" + row.get("superseded_by")
        : row.get("kb");
  }
}

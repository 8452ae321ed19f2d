package org.wuhealth.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How current the update knowledge is: the newest update it knows, the CVRF documents it was built
 * from, and whether it is the bundled edition or one that {@code wuhealth kb update} wrote. Read
 * from {@code edition.properties}, which {@code kb build} writes beside the bundled tables and
 * {@code kb update} into its overlay.
 *
 * @param updatesTo the month of the newest update the tables list
 * @param newestUpdate the day of that update
 * @param documents the CVRF documents read, as "id@revision day" ("2026-Mar@2026-03-31")
 * @param updatedOn the day {@code kb update} wrote the overlay; null for the bundled edition
 * @param overlay the overlay folder; null for the bundled edition
 */
public record KnowledgeEdition(
    YearMonth updatesTo,
    LocalDate newestUpdate,
    List<String> documents,
    LocalDate updatedOn,
    Path overlay) {
  public static final String FILE = "edition.properties";
  static final int FORMAT = 1;

  public KnowledgeEdition {
    documents = List.copyOf(documents);
  }

  public boolean bundled() {
    return overlay == null;
  }

  /**
   * "update knowledge to 2026-08 (bundled)" or "update knowledge to 2026-11 (updated 2026-12-02)".
   */
  public String describe() {
    return "update knowledge to "
        + updatesTo
        + (bundled() ? " (bundled)" : " (updated " + updatedOn + ")");
  }

  /** Whole days from the newest known update to {@code at}; never negative. */
  public long ageDays(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return Math.max(0, ChronoUnit.DAYS.between(newestUpdate, day));
  }

  /** The document ids, without revision days. */
  public List<String> documentIds() {
    return documents.stream().map(d -> d.substring(0, d.indexOf('@'))).toList();
  }

  /** The file's content: sorted "key=value" lines, the same for the same edition. */
  public String write(Map<String, String> extra) {
    Map<String, String> values = new TreeMap<>(extra);
    values.put("format", String.valueOf(FORMAT));
    values.put("updates-to", updatesTo.toString());
    values.put("newest-update", newestUpdate.toString());
    values.put("documents", String.join(",", documents));
    if (updatedOn != null) {
      values.put("updated-on", updatedOn.toString());
    }
    StringBuilder out =
        new StringBuilder(
            "# wuhealth update knowledge (written by wuhealth kb build / kb update)\n");
    values.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
    return out.toString();
  }

  /** Parses the file; a missing or malformed value is an {@link IllegalArgumentException}. */
  public static KnowledgeEdition parse(String text, Path overlay) {
    Properties p = properties(text);
    try {
      int format = Integer.parseInt(required(p, "format"));
      if (format != FORMAT) {
        throw new IllegalArgumentException(
            "format " + format + " (this wuhealth reads format " + FORMAT + ")");
      }
      String documents = p.getProperty("documents", "").trim();
      List<String> list = new ArrayList<>();
      for (String d : documents.isEmpty() ? new String[0] : documents.split(",")) {
        if (d.indexOf('@') < 1) {
          throw new IllegalArgumentException("documents: '" + d + "' is not id@day");
        }
        list.add(d.trim());
      }
      String updated = p.getProperty("updated-on");
      return new KnowledgeEdition(
          YearMonth.parse(required(p, "updates-to")),
          LocalDate.parse(required(p, "newest-update")),
          list,
          updated == null ? null : LocalDate.parse(updated.trim()),
          overlay);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  static Properties properties(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a properties file: " + e.getMessage(), e);
    }
    return p;
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("no " + key);
    }
    return v.trim();
  }

  /** The bundled edition (edition.properties beside the shipped tables). */
  static KnowledgeEdition bundledEdition() {
    String resource = "/org/wuhealth/knowledge/" + FILE;
    try (InputStream in = KnowledgeEdition.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

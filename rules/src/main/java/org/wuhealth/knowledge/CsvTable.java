package org.wuhealth.knowledge;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes knowledge tables: CSV with a header row. Every table keeps a {@code source}
 * column, and a row without one is a build error, not a silent gap. Uses Jackson's streaming CSV
 * parser (not data binding), which keeps start-up light.
 */
public final class CsvTable {
  private static final CsvFactory CSV = new CsvFactory();

  private CsvTable() {}

  /** A table shipped in wuhealth (a resource of this package). */
  static List<Map<String, String>> read(String name) {
    String resource = "/org/wuhealth/knowledge/" + name;
    try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("knowledge table missing from the classpath: " + resource);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge table " + resource, e);
    }
  }

  /** A yyyy-mm-dd cell as a date; an empty cell gives null. */
  static java.time.LocalDate date(String cell) {
    return cell == null || cell.isBlank() ? null : java.time.LocalDate.parse(cell.trim());
  }

  /**
   * The rows of a table, each a map in header order; {@code name} is for messages. A row without a
   * source is an {@link IllegalStateException}.
   */
  public static List<Map<String, String>> read(InputStream in, String name) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (CsvParser parser = CSV.createParser(in)) {
      parser.setSchema(CsvSchema.emptySchema().withHeader());
      Map<String, String> row = null;
      String field = null;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        switch (t) {
          case START_OBJECT -> row = new LinkedHashMap<>();
          case FIELD_NAME -> field = parser.currentName();
          case VALUE_STRING -> row.put(field, parser.getText());
          case END_OBJECT -> rows.add(row);
          default -> throw new IllegalStateException(name + ": unexpected " + t);
        }
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      String source = rows.get(i).get("source");
      if (source == null || source.isBlank()) {
        throw new IllegalStateException(name + " row " + (i + 2) + " has no source");
      }
    }
    return rows;
  }

  /**
   * Writes a table as the shipped ones are written: a header, LF line ends, cells quoted only when
   * they hold a comma, a quote, a line break or surrounding space. The same rows always give the
   * same bytes.
   */
  public static void write(Writer out, List<String> header, List<Map<String, String>> rows)
      throws IOException {
    out.write(line(header));
    for (Map<String, String> row : rows) {
      out.write(line(header.stream().map(c -> row.getOrDefault(c, "")).toList()));
    }
  }

  private static String line(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String c = cells.get(i) == null ? "" : cells.get(i);
      boolean quote =
          c.indexOf(',') >= 0
              || c.indexOf('"') >= 0
              || c.indexOf('\n') >= 0
              || c.indexOf('\r') >= 0
              || (!c.isEmpty() && (c.charAt(0) == ' ' || c.charAt(c.length() - 1) == ' '));
      b.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
    }
    return b.append('\n').toString();
  }

  /** Splits a "a|b|c" cell; an empty cell gives an empty list. */
  public static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return List.of(cell.trim().split("\\s*\\|\\s*"));
  }
}

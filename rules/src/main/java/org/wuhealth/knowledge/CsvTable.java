package org.wuhealth.knowledge;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a knowledge table shipped as a CSV resource with a header row. Every table keeps a {@code
 * source} column, and a row without one is a build error, not a silent gap. Uses Jackson's
 * streaming CSV parser (not data binding), which keeps start-up light.
 */
final class CsvTable {
  private static final CsvFactory CSV = new CsvFactory();

  private CsvTable() {}

  static List<Map<String, String>> read(String name) {
    String resource = "/org/wuhealth/knowledge/" + name;
    try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("knowledge table missing from the classpath: " + resource);
      }
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge table " + resource, e);
    }
  }

  /** A yyyy-mm-dd cell as a date; an empty cell gives null. */
  static java.time.LocalDate date(String cell) {
    return cell == null || cell.isBlank() ? null : java.time.LocalDate.parse(cell.trim());
  }

  /** Splits a "a|b|c" cell; an empty cell gives an empty list. */
  static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return List.of(cell.trim().split("\\s*\\|\\s*"));
  }
}

package org.wuhealth.knowledge;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Reads a knowledge table shipped as a CSV resource with a header row. Every table keeps a {@code
 * source} column, and a row without one is a build error, not a silent gap.
 */
final class CsvTable {
  private static final CsvMapper CSV = new CsvMapper();

  private CsvTable() {}

  static List<Map<String, String>> read(String name) {
    String resource = "/org/wuhealth/knowledge/" + name;
    try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("knowledge table missing from the classpath: " + resource);
      }
      MappingIterator<Map<String, String>> rows =
          CSV.readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(in);
      List<Map<String, String>> all = rows.readAll();
      for (int i = 0; i < all.size(); i++) {
        String source = all.get(i).get("source");
        if (source == null || source.isBlank()) {
          throw new IllegalStateException(name + " row " + (i + 2) + " has no source");
        }
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge table " + resource, e);
    }
  }

  /** Splits a "a|b|c" cell; an empty cell gives an empty list. */
  static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return List.of(cell.trim().split("\\s*\\|\\s*"));
  }
}

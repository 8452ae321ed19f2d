package org.wuhealth.knowledge.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wuhealth.knowledge.CsvTable;

/** A knowledge table: its file name, columns in order and rows (column to cell). */
public record Table(String name, List<String> header, List<Map<String, String>> rows) {
  public static final List<String> ROLLUP_COLUMNS =
      List.of(
          "kb",
          "release_ids",
          "release_date",
          "type",
          "build",
          "ubr",
          "security_only_kb",
          "confidence",
          "source");
  public static final List<String> SSU_COLUMNS =
      List.of(
          "kb",
          "release_ids",
          "release_month",
          "servicing_stack_version",
          "confidence",
          "source",
          "notes");
  public static final List<String> SUPERSEDENCE_COLUMNS =
      List.of("kb", "superseded_by", "release_ids", "confidence", "source");

  public Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public static Table empty(String name, List<String> header) {
    return new Table(name, header, List.of());
  }

  /**
   * The table in {@code file}, or an empty one with {@code columns} when there is no such file.
   * Columns the file adds to {@code columns} are kept, after them.
   */
  public static Table read(Path file, List<String> columns) throws IOException {
    String name = file.getFileName().toString();
    String first;
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      first = lines.findFirst().orElse("");
    } catch (NoSuchFileException e) {
      return empty(name, columns);
    }
    List<String> header = new ArrayList<>(columns);
    for (String column : CsvTable.split(first.replace(',', '|'))) {
      if (!header.contains(column)) {
        header.add(column);
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Table(name, header, CsvTable.read(in, file.toString()));
    }
  }
}

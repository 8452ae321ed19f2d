package org.wuhealth.importers.hotfix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.wuhealth.importers.text.Columns;
import org.wuhealth.importers.text.Csv;
import org.wuhealth.importers.text.JsonExport;
import org.wuhealth.importers.text.Lines;
import org.wuhealth.importers.text.LocalDates;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.TimeRange;

/**
 * Parses the installed-update listings that read Win32_QuickFixEngineering: {@code wmic qfe} as a
 * table or with {@code /format:csv}, and {@code Get-HotFix} as {@code Format-Table} text, {@code
 * Export-Csv} or {@code ConvertTo-Json} (an array, or a single object when there is one hotfix).
 * InstalledOn comes in the local date format of the machine that ran the command (its order is
 * decided from all dates of the file), as a FILETIME in hex on old systems, as "/Date(ms)/" from
 * Windows PowerShell's JSON and as ISO-8601 from PowerShell 7.
 */
public final class HotfixListParser {
  private static final Pattern FILETIME_HEX = Pattern.compile("^[0-9a-fA-F]{15,16}$");
  private static final long FILETIME_EPOCH_OFFSET = 116444736000000000L;

  private HotfixListParser() {}

  /** True when a header or JSON text names the QFE column "HotFixID". */
  private static boolean mentionsHotfixId(String text) {
    return text.toLowerCase(Locale.ROOT).contains("hotfixid");
  }

  public static List<Hotfix> parse(String file, String text) throws ImportException {
    String trimmed = text.strip();
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
      return json(file, trimmed);
    }
    List<String> lines = Lines.split(text);
    int header = -1;
    for (int i = 0; i < lines.size() && header < 0; i++) {
      if (mentionsHotfixId(lines.get(i))) {
        header = i;
      }
    }
    if (header < 0) {
      throw new ImportException(
          file, null, "no HotFixID column: not a wmic qfe or Get-HotFix list");
    }
    String head = withoutBanner(lines.get(header));
    if (head.indexOf(',') >= 0 || head.indexOf(';') >= 0 || head.indexOf('\t') >= 0) {
      return csv(lines.subList(header, lines.size()), header);
    }
    boolean ruled = header + 1 < lines.size() && Columns.isRule(lines.get(header + 1));
    Columns columns =
        ruled ? Columns.fromRule(head, lines.get(header + 1)) : Columns.fromHeader(head);
    return table(columns, lines, header + (ruled ? 2 : 1));
  }

  /**
   * The header without text glued before it: the first run of wmic prints "Please wait while WMIC
   * is being installed." (translated on other systems) without a line end, in front of the first
   * column name, which shifts every column.
   */
  private static String withoutBanner(String header) {
    int first = -1;
    for (String column :
        List.of("Caption", "CSName", "Description", "HotFixID", "Source", "Node")) {
      int at = header.indexOf(column);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    if (first <= 0) {
      return header;
    }
    String before = header.substring(0, first);
    return before.isBlank()
            || before.endsWith("  ")
            || before.endsWith(",")
            || before.endsWith(";")
            || before.endsWith("\"")
            || before.endsWith("\t")
        ? header
        : header.substring(first);
  }

  private static List<Hotfix> table(Columns columns, List<String> lines, int first) {
    int id = columns.indexOf("HotFixID");
    int description = columns.indexOf("Description");
    int installedOn = columns.indexOf("InstalledOn");
    int host = firstColumn(columns, "CSName", "Source", "PSComputerName");
    List<String[]> cells = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    for (int i = first; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || columns.cell(line, id).isEmpty()) {
        continue;
      }
      cells.add(
          new String[] {
            columns.cell(line, id),
            columns.cell(line, description),
            columns.cell(line, installedOn),
            columns.cell(line, host)
          });
      rowLines.add(i + 1);
    }
    return rows(cells, rowLines);
  }

  private static int firstColumn(Columns columns, String... names) {
    for (String name : names) {
      int i = columns.indexOf(name);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<Hotfix> csv(List<String> lines, int offset) {
    List<Csv.Row> rows = Csv.parse(lines, Csv.delimiterOf(lines.get(0)));
    List<String> header = rows.get(0).cells();
    int id = indexIgnoringCase(header, "HotFixID");
    int description = indexIgnoringCase(header, "Description");
    int installedOn = indexIgnoringCase(header, "InstalledOn");
    int host = indexIgnoringCase(header, "CSName");
    if (host < 0) {
      host = indexIgnoringCase(header, "PSComputerName");
    }
    List<String[]> cells = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      if (row.cell(id).isEmpty()) {
        continue;
      }
      cells.add(
          new String[] {
            row.cell(id), row.cell(description), row.cell(installedOn), row.cell(host)
          });
      rowLines.add(row.line() + offset);
    }
    return rows(cells, rowLines);
  }

  private static int indexIgnoringCase(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Rows as a live WMI query returns them: cells id, description, installedOn and host (host may be
   * null), dates read in one order as in a listing; {@code line} is the row's 1-based index.
   */
  public static List<Hotfix> fromCells(List<String[]> cells) {
    List<Integer> lines = new ArrayList<>();
    for (int i = 1; i <= cells.size(); i++) {
      lines.add(i);
    }
    return rows(cells, lines);
  }

  /** Rows of text cells (id, description, installedOn, host), dates read in one order. */
  private static List<Hotfix> rows(List<String[]> cells, List<Integer> lines) {
    List<String> dates = new ArrayList<>();
    for (String[] c : cells) {
      if (LocalDates.containsDate(c[2])) {
        dates.add(c[2]);
      }
    }
    LocalDates.Order order = LocalDates.orderOf(dates, null);
    List<Hotfix> hotfixes = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String[] c = cells.get(i);
      hotfixes.add(
          new Hotfix(
              c[0], blankToNull(c[1]), textDate(c[2], order), blankToNull(c[3]), lines.get(i)));
    }
    return hotfixes;
  }

  private static LocalDate textDate(String text, LocalDates.Order order) {
    if (FILETIME_HEX.matcher(text).matches()) {
      long ticks = Long.parseUnsignedLong(text, 16);
      Instant instant = Instant.ofEpochMilli((ticks - FILETIME_EPOCH_OFFSET) / 10_000);
      return TimeRange.within(instant)
          .map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC))
          .orElse(null);
    }
    return LocalDates.date(text, order).orElse(null);
  }

  private static List<Hotfix> json(String file, String text) throws ImportException {
    JsonNode root = JsonExport.tree(file, text);
    List<JsonNode> items = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(items::add);
    } else {
      items.add(root);
    }
    List<Hotfix> hotfixes = new ArrayList<>();
    for (JsonNode item : items) {
      Map<String, JsonNode> fields = caseInsensitive(item);
      String id = text(fields.get("hotfixid"));
      if (id == null || id.isBlank()) {
        continue;
      }
      String host = text(fields.get("pscomputername"));
      if (host == null) {
        host = text(fields.get("csname"));
      }
      hotfixes.add(
          new Hotfix(
              id.trim(),
              blankToNull(text(fields.get("description"))),
              jsonDate(fields.get("installedon")),
              host,
              1));
    }
    return hotfixes;
  }

  private static Map<String, JsonNode> caseInsensitive(JsonNode object) {
    Map<String, JsonNode> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
    return fields;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /**
   * A JSON InstalledOn: "/Date(ms)/" or {"value": "/Date(ms)/", "DateTime": "..."} from Windows
   * PowerShell, ISO-8601 from PowerShell 7. The milliseconds are local midnight converted to UTC,
   * so the date is the one of the nearest UTC midnight.
   */
  private static LocalDate jsonDate(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isObject()) {
      return jsonDate(caseInsensitive(node).get("value"));
    }
    String text = node.asText().trim();
    var ms = LocalDates.msAjaxDate(text);
    if (ms.isPresent()) {
      return LocalDate.ofInstant(ms.get().plus(Duration.ofHours(12)), ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      // not ISO with an offset; try without one, then the local text forms
    }
    try {
      return LocalDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      return LocalDates.date(text, LocalDates.orderOf(List.of(text), null)).orElse(null);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

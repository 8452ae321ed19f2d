package org.wuhealth.importers.systeminfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.wuhealth.importers.text.Csv;

/**
 * Cuts systeminfo output into fields without reading its labels, for each of its three forms:
 * {@code /fo list} (the default; values start in one column, continuation lines are indented to
 * it), {@code /fo table} (a header, a line of "=" runs marking the columns, a data row) and {@code
 * /fo csv} (a header row and a data row). In table and CSV form a multi-line value is one cell
 * whose lines are joined with commas ("4 Hotfix(s) Installed.,[01]: KB4462930,...").
 */
final class Layouts {
  private static final Pattern TABLE_RULE = Pattern.compile("^=+( +=+)+ *$");
  private static final Pattern ITEM_SPLIT = Pattern.compile(",(?=\\s*\\[\\d+\\]:?)");

  private Layouts() {}

  static List<Field> fields(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (TABLE_RULE.matcher(lines.get(i)).matches()) {
        return table(lines, i);
      }
    }
    String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    if (first.startsWith("\"") && first.contains("\",\"")) {
      return csv(lines);
    }
    return list(lines);
  }

  /**
   * The list form. The value column is where most lines have a blank after a colon run and most
   * continuation lines start; a label never reaches into it because systeminfo pads every label to
   * the longest one. Columns are display columns: systeminfo pads Chinese, Japanese and Korean
   * labels by their width on screen, two columns per ideograph.
   */
  private static List<Field> list(List<String> lines) {
    int column = valueColumn(lines);
    List<Field> fields = new ArrayList<>();
    String label = null;
    String value = null;
    int labelLine = 0;
    List<String> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        if (label != null) {
          items.add(line.trim());
        }
        continue;
      }
      if (label != null) {
        fields.add(new Field(labelLine, label, value, items));
      }
      int split = splitAt(line, column);
      label = stripColon(line.substring(0, split).trim());
      value = line.substring(split).trim();
      labelLine = i + 1;
      items = new ArrayList<>();
    }
    if (label != null) {
      fields.add(new Field(labelLine, label, value, items));
    }
    return fields;
  }

  private static int valueColumn(List<String> lines) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        int indent = indentOf(line);
        if (line.charAt(indent) == '[') {
          votes.merge(indent, 1, Integer::sum);
        }
        continue;
      }
      for (int i = 1; i < line.length(); i++) {
        if (line.charAt(i - 1) == ':' && line.charAt(i) == ' ') {
          int start = i;
          while (start < line.length() && line.charAt(start) == ' ') {
            start++;
          }
          votes.merge(displayWidth(line, start), 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(0);
  }

  /**
   * Where the value starts (a character index): at the value column, unless this label runs into it
   * (then after the first ": ").
   */
  private static int splitAt(String line, int column) {
    int index = indexAtColumn(line, column);
    if (index > 0 && index <= line.length() && line.charAt(index - 1) == ' ') {
      return index;
    }
    if (index > line.length() && line.stripTrailing().endsWith(":")) {
      return line.length();
    }
    int colon = line.indexOf(": ");
    return colon < 0 ? line.length() : colon + 2;
  }

  /** The index of the character at display column {@code column} (past the end: beyond it). */
  private static int indexAtColumn(String line, int column) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      if (width >= column) {
        return width == column ? i : -1;
      }
      width += charWidth(line.charAt(i));
    }
    return width == column ? line.length() : line.length() + 1;
  }

  private static int displayWidth(String line, int end) {
    int width = 0;
    for (int i = 0; i < end; i++) {
      width += charWidth(line.charAt(i));
    }
    return width;
  }

  /** Two display columns for East Asian wide and full-width characters, one for the rest. */
  static int charWidth(char c) {
    boolean wide =
        (c >= 0x1100 && c <= 0x115F)
            || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
            || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6);
    return wide ? 2 : 1;
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String stripColon(String label) {
    return label.endsWith(":") ? label.substring(0, label.length() - 1).trim() : label;
  }

  private static List<Field> csv(List<String> lines) {
    List<Csv.Row> rows = Csv.parse(lines, ',');
    List<String> header = rows.size() > 1 ? rows.get(0).cells() : List.of();
    Csv.Row data = rows.get(rows.size() > 1 ? 1 : 0);
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < data.cells().size(); i++) {
      String label = i < header.size() ? header.get(i) : "";
      fields.add(cell(data.line(), label, data.cells().get(i)));
    }
    return fields;
  }

  private static List<Field> table(List<String> lines, int ruleIndex) {
    String rule = lines.get(ruleIndex);
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < rule.length(); i++) {
      if (rule.charAt(i) == '=' && (i == 0 || rule.charAt(i - 1) == ' ')) {
        int end = rule.indexOf(' ', i);
        spans.add(new int[] {i, end < 0 ? rule.length() : end});
      }
    }
    String header = lines.get(ruleIndex - 1);
    List<StringBuilder> cells = new ArrayList<>();
    spans.forEach(s -> cells.add(new StringBuilder()));
    int dataLine = ruleIndex + 2;
    for (int l = ruleIndex + 1; l < lines.size(); l++) {
      String line = lines.get(l);
      if (line.isBlank()) {
        continue;
      }
      for (int c = 0; c < spans.size(); c++) {
        String part = slice(line, spans.get(c)[0], c + 1 < spans.size() ? spans.get(c + 1)[0] : -1);
        if (!part.isBlank()) {
          cells.get(c).append(cells.get(c).length() > 0 ? "," : "").append(part.trim());
        }
      }
    }
    List<Field> fields = new ArrayList<>();
    for (int c = 0; c < spans.size(); c++) {
      String label =
          slice(header, spans.get(c)[0], c + 1 < spans.size() ? spans.get(c + 1)[0] : -1);
      fields.add(cell(dataLine, label.trim(), cells.get(c).toString()));
    }
    return fields;
  }

  private static String slice(String line, int from, int to) {
    if (from >= line.length()) {
      return "";
    }
    return to < 0 || to > line.length() ? line.substring(from) : line.substring(from, to);
  }

  /** A table or CSV cell: the value, then the "[nn]: ..." items it joined with commas. */
  private static Field cell(int line, String label, String text) {
    String[] parts = ITEM_SPLIT.split(text);
    List<String> items = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      items.add(parts[i].trim());
    }
    return new Field(line, label, parts[0].trim(), items);
  }
}

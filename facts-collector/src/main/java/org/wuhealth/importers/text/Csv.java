package org.wuhealth.importers.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for what Windows writes ({@code Export-Csv}, {@code systeminfo /fo csv},
 * {@code wmic ... /format:csv}): quoted or bare fields, doubled quotes inside quotes, line breaks
 * inside quoted fields, and a delimiter that is a comma, or a semicolon with {@code -UseCulture} in
 * many European locales.
 */
public final class Csv {
  private Csv() {}

  /** One record and the line it starts on (1-based). */
  public record Row(int line, List<String> cells) {
    /** The cell at {@code index}, or "" when the row is shorter. */
    public String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
  }

  /** Records of the lines, skipping blank lines. */
  public static List<Row> parse(List<String> lines, char delimiter) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    // whether the cell holds only white space so far, kept as it grows: asking the cell itself at
    // every quote made a line of quotes quadratic
    boolean blank = true;
    int start = -1;
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      if (!quoted && line.isBlank()) {
        continue;
      }
      if (!quoted) {
        start = l + 1;
      } else {
        cell.append('\n');
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            blank = false;
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
            blank &= Character.isWhitespace(c);
          }
        } else if (c == '"' && blank) {
          quoted = true;
          cell.setLength(0);
        } else if (c == delimiter) {
          cells.add(cell.toString().trim());
          cell.setLength(0);
          blank = true;
        } else {
          cell.append(c);
          blank &= Character.isWhitespace(c);
        }
      }
      if (!quoted) {
        cells.add(cell.toString().trim());
        cell.setLength(0);
        blank = true;
        rows.add(new Row(start, List.copyOf(cells)));
        cells.clear();
      }
    }
    if (quoted) {
      cells.add(cell.toString());
      rows.add(new Row(start, List.copyOf(cells)));
    }
    return rows;
  }

  /**
   * The delimiter of a header line: the one of comma, semicolon and tab that occurs most outside
   * quotes (a comma when none does).
   */
  public static char delimiterOf(String header) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }
}

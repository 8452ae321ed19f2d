package org.wuhealth.importers.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixed-width text tables ({@code wmic} output, PowerShell's {@code Format-Table}): the columns
 * start where their header words start (or, under a rule of dashes, where the dash runs start) and
 * run to the next column.
 */
public final class Columns {
  private final List<Integer> starts;
  private final List<String> names;

  private Columns(List<Integer> starts, List<String> names) {
    this.starts = List.copyOf(starts);
    this.names = List.copyOf(names);
  }

  /** Columns from a header whose names are separated by two or more blanks (wmic). */
  public static Columns fromHeader(String header) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < header.length(); i++) {
      boolean startsHere =
          header.charAt(i) != ' '
              && (i == 0 || (i >= 2 && header.charAt(i - 1) == ' ' && header.charAt(i - 2) == ' '));
      if (startsHere) {
        starts.add(i);
      }
    }
    return of(header, starts);
  }

  /** Columns from the dash runs under a header ("------ -----------"), as Format-Table prints. */
  public static Columns fromRule(String header, String rule) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < rule.length(); i++) {
      if (rule.charAt(i) == '-' && (i == 0 || rule.charAt(i - 1) == ' ')) {
        starts.add(i);
      }
    }
    return of(header, starts);
  }

  private static Columns of(String header, List<Integer> starts) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < starts.size(); c++) {
      names.add(slice(header, starts, c).trim());
    }
    return new Columns(starts, names);
  }

  /** A line of dashes and blanks, the rule Format-Table prints under its header. */
  public static boolean isRule(String line) {
    String t = line.trim();
    return !t.isEmpty() && t.chars().allMatch(c -> c == '-' || c == ' ');
  }

  /** The index of the column named {@code name} (ignoring case), or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The trimmed text of column {@code index} in {@code line}; "" for -1 or a short line. */
  public String cell(String line, int index) {
    return index < 0 ? "" : slice(line, starts, index).trim();
  }

  private static String slice(String line, List<Integer> starts, int c) {
    int from = starts.get(c);
    if (from >= line.length()) {
      return "";
    }
    int to = c + 1 < starts.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
    return line.substring(from, to);
  }
}

package org.wuhealth.knowledge.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disagreements between the hand-made rows and the CVRF as a Markdown table, for
 * docs/knowledge.md: one line per update, and one per group for a resolution that settles every
 * update with the same two values. {@code kb build --report} writes it between two markers, so the
 * documentation always shows the decisions the tables were built with.
 */
public final class DisagreementReport {
  public static final String BEGIN = "<!-- kb build: disagreements (generated, do not edit) -->";
  public static final String END = "<!-- end of kb build: disagreements -->";

  private DisagreementReport() {}

  public static String markdown(List<Disagreement> disagreements) {
    StringBuilder out = new StringBuilder();
    out.append("| update | field | hand-made row | CVRF | kept | why (source) |\n");
    out.append("| --- | --- | --- | --- | --- | --- |\n");
    Map<Resolution, List<Disagreement>> groups = new LinkedHashMap<>();
    List<Disagreement> single = new ArrayList<>();
    for (Disagreement d : disagreements) {
      if (d.resolution() != null && d.resolution().kb().equals("*")) {
        groups.computeIfAbsent(d.resolution(), r -> new ArrayList<>()).add(d);
      } else {
        single.add(d);
      }
    }
    for (Disagreement d : single) {
      out.append(
          row(
              d.kb(),
              d.field(),
              d.handValue(),
              d.cvrfValue() + " (" + d.cvrfSource() + ")",
              kept(d),
              d.resolution() == null ? "**unresolved**" : d.resolution().source()));
    }
    groups.forEach(
        (r, list) ->
            out.append(
                row(
                    list.size()
                        + " updates ("
                        + list.get(0).kb()
                        + " to "
                        + list.get(list.size() - 1).kb()
                        + ")",
                    r.field(),
                    r.handValue(),
                    r.cvrfValue(),
                    kept(list.get(0)),
                    r.source())));
    return out.toString();
  }

  private static String kept(Disagreement d) {
    if (d.resolution() == null) {
      return "CVRF (for now)";
    }
    return switch (d.resolution().use()) {
      case "hand" -> "hand-made";
      case "cvrf" -> "CVRF";
      default -> d.resolution().use() + " (from the source)";
    };
  }

  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    return b.append('\n').toString();
  }

  /**
   * {@code document} with the text between the markers replaced by {@code table}; an {@link
   * IllegalArgumentException} when the markers are missing.
   */
  public static String replaceIn(String document, String table) {
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("has no lines " + BEGIN + " and " + END);
    }
    return document.substring(0, begin + BEGIN.length()) + "\n" + table + document.substring(end);
  }
}

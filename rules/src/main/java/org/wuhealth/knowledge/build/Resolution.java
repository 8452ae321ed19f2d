package org.wuhealth.knowledge.build;

import java.util.Map;

/**
 * How one disagreement between a hand-made row and the CVRF is settled (resolutions.csv): which
 * value to keep, and the source that says so.
 *
 * @param kb the update, or "*" for every update with exactly the two values named
 * @param field the column (release_ids, release_date, type, build, security_only_kb, release_month)
 * @param handValue the hand-made row's value it settles; empty for any (only with a named KB)
 * @param cvrfValue the document's value it settles; empty for any (only with a named KB)
 * @param use "hand", "cvrf", or the value itself when a source gives a third one
 */
public record Resolution(
    String kb, String field, String handValue, String cvrfValue, String use, String source) {

  public Resolution {
    if (kb.equals("*") && (handValue.isEmpty() || cvrfValue.isEmpty())) {
      throw new IllegalArgumentException(
          "resolution for every KB (*) of " + field + " must name both values it settles");
    }
    if (use.isEmpty()) {
      throw new IllegalArgumentException("resolution for " + kb + " " + field + " has no use");
    }
  }

  static Resolution fromRow(Map<String, String> row) {
    return new Resolution(
        row.getOrDefault("kb", ""),
        row.getOrDefault("field", ""),
        row.getOrDefault("hand_value", ""),
        row.getOrDefault("cvrf_value", ""),
        row.getOrDefault("use", ""),
        row.get("source"));
  }

  boolean matches(Disagreement d) {
    return (kb.equals(d.kb()) || kb.equals("*"))
        && field.equals(d.field())
        && (handValue.isEmpty() || handValue.equals(d.handValue()))
        && (cvrfValue.isEmpty() || cvrfValue.equals(d.cvrfValue()));
  }

  /** The value to keep. */
  String value(Disagreement d) {
    return switch (use) {
      case "hand" -> d.handValue();
      case "cvrf" -> d.cvrfValue();
      default -> use;
    };
  }
}

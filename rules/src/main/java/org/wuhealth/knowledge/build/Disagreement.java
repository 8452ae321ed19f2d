package org.wuhealth.knowledge.build;

/**
 * A hand-made row and the CVRF give different values for one field of one update.
 *
 * @param cvrfSource the document that gave the CVRF value
 * @param resolution how it was settled, or null when resolutions.csv does not say
 */
public record Disagreement(
    String table,
    String kb,
    String field,
    String handValue,
    String cvrfValue,
    String handSource,
    String cvrfSource,
    Resolution resolution) {

  Disagreement resolvedBy(Resolution r) {
    return new Disagreement(table, kb, field, handValue, cvrfValue, handSource, cvrfSource, r);
  }
}

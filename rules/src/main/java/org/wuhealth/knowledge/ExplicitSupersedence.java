package org.wuhealth.knowledge;

import java.util.List;
import java.util.Map;

/**
 * "Update {@code supersededBy} replaces {@code kb} on these releases" (supersedence.csv): pairs a
 * source states outright, for updates that the rollup and servicing-stack ordering does not cover
 * or covers only with rows the knowledge base does not trust.
 */
public record ExplicitSupersedence(
    String kb, String supersededBy, List<String> releaseIds, String confidence, String source) {

  static ExplicitSupersedence fromRow(Map<String, String> row) {
    return new ExplicitSupersedence(
        row.get("kb"),
        row.get("superseded_by"),
        CsvTable.split(row.get("release_ids")),
        row.get("confidence"),
        row.get("source"));
  }
}

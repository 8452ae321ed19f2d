package org.wuhealth.knowledge.build;

import java.util.List;
import java.util.Map;

/**
 * What {@link TableBuilder} made: the three update tables and everything the summary reports.
 *
 * @param generated rows per table that name a CVRF document as their source
 * @param leftOut updates the documents list but do not date, with the reason
 * @param unknownProducts Windows product names the catalogue cannot place, with fix counts
 * @param uncatalogued release ids msrc-products.csv names but os-releases.csv lacks, with counts
 * @param unusedKinds fix kinds (SubType) of catalogued releases that no table lists, with counts
 * @param unusedResolutions resolutions that matched no disagreement (the rows were corrected)
 */
public record BuildResult(
    Table rollups,
    Table ssu,
    Table supersedence,
    Map<String, Integer> generated,
    List<Disagreement> disagreements,
    Map<String, String> leftOut,
    Map<String, Integer> unknownProducts,
    Map<String, Integer> uncatalogued,
    Map<String, Integer> unusedKinds,
    List<Resolution> unusedResolutions) {

  public List<Table> tables() {
    return List.of(rollups, ssu, supersedence);
  }

  public List<Disagreement> unresolved() {
    return disagreements.stream().filter(d -> d.resolution() == null).toList();
  }
}

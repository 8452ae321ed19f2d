package org.wuhealth.knowledge.cvrf;

import java.util.Map;
import java.util.Set;

/**
 * One vendor fix of a document for one product, summed over the vulnerabilities that list it.
 *
 * @param kb the fixing update, "KB5078766"
 * @param subType the document's kind of update: "Security Update", "Monthly Rollup", "Security
 *     Only", "Servicing Stack Update", ... (empty when the document gives none)
 * @param vulnerabilities how many vulnerabilities of the document list this fix for this product
 * @param fixedBuilds the fixed builds given ("10.0.20348.4893"), with how often each was given
 * @param supersedes the updates the document says this one replaces, "KB5075906"
 */
public record CvrfFix(
    String kb,
    String productId,
    String subType,
    int vulnerabilities,
    Map<String, Integer> fixedBuilds,
    Set<String> supersedes) {

  public CvrfFix {
    fixedBuilds = Map.copyOf(fixedBuilds);
    supersedes = Set.copyOf(supersedes);
  }
}

package org.wuhealth.knowledge.cvrf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A CVRF document reduced to what the update tables need: its identity and dates, the product names
 * and the vendor fixes per product.
 *
 * @param id the document's own id, "2026-Mar" (also "2017-May-B", "Oct-OOB")
 * @param file where it was read from, for messages
 * @param initialRelease the day the document was first published (its release day)
 * @param currentRelease the day of its latest revision
 * @param products product id to full product name, from the product tree
 */
public record CvrfDocument(
    String id,
    String file,
    LocalDate initialRelease,
    LocalDate currentRelease,
    Map<String, String> products,
    List<CvrfFix> fixes) {

  public CvrfDocument {
    products = Map.copyOf(products);
    fixes = List.copyOf(fixes);
  }
}

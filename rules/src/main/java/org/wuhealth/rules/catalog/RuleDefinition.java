package org.wuhealth.rules.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * One rule folder: metadata, DRL and fixtures.
 *
 * @param sourceName the DRL path relative to the catalogue root, used in compile errors
 * @param tests the folder's tests.yml, or {@link RuleTests#NONE}
 * @param order position in the catalogue, the third ranking key after severity and confidence
 */
public record RuleDefinition(
    RuleMetadata metadata,
    Path folder,
    String sourceName,
    String drl,
    List<Fixture> fixtures,
    RuleTests tests,
    int order)
    implements DescribedRule {

  /**
   * The category of fleet rules: they reason over per-host summaries of a whole batch, are compiled
   * into a rule base of their own, and their fixtures are folders of snapshots.
   */
  public static final String FLEET_CATEGORY = "fleet";

  public boolean isFleet() {
    return FLEET_CATEGORY.equals(metadata.category());
  }

  RuleDefinition withOrder(int value) {
    return new RuleDefinition(metadata, folder, sourceName, drl, fixtures, tests, value);
  }
}

package org.wuhealth.rules.catalog;

import java.nio.file.Path;
import java.util.List;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Severity;

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
    int order) {

  /**
   * The category of fleet rules: they reason over per-host summaries of a whole batch, are compiled
   * into a rule base of their own, and their fixtures are folders of snapshots.
   */
  public static final String FLEET_CATEGORY = "fleet";

  public boolean isFleet() {
    return FLEET_CATEGORY.equals(metadata.category());
  }

  public String id() {
    return metadata.id();
  }

  public Severity severity() {
    return metadata.severity();
  }

  public Confidence confidence() {
    return metadata.confidence();
  }

  RuleDefinition withOrder(int value) {
    return new RuleDefinition(metadata, folder, sourceName, drl, fixtures, tests, value);
  }
}

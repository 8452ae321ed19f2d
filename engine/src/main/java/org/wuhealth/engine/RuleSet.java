package org.wuhealth.engine;

import java.util.List;
import org.wuhealth.rules.catalog.DrlFile;
import org.wuhealth.rules.catalog.RuleCatalog;
import org.wuhealth.rules.catalog.RuleDefinition;

/**
 * What gets compiled into one rule base: rule folders plus shared helper DRL. Host rules and fleet
 * rules ({@link RuleDefinition#isFleet}) never share a rule base.
 */
public record RuleSet(List<RuleDefinition> rules, List<DrlFile> helpers) {
  public RuleSet {
    rules = List.copyOf(rules);
    helpers = List.copyOf(helpers);
  }

  /** The catalogue's host rules, with its helpers. */
  public static RuleSet of(RuleCatalog catalog) {
    return new RuleSet(
        catalog.rules().stream().filter(r -> !r.isFleet()).toList(), catalog.helpers());
  }

  /** The catalogue's fleet rules (they use no helper). */
  public static RuleSet fleet(RuleCatalog catalog) {
    return new RuleSet(
        catalog.rules().stream().filter(RuleDefinition::isFleet).toList(), List.of());
  }
}

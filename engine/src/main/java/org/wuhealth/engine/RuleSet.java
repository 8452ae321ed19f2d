package org.wuhealth.engine;

import java.util.List;
import org.wuhealth.rules.catalog.DrlFile;
import org.wuhealth.rules.catalog.RuleCatalog;
import org.wuhealth.rules.catalog.RuleDefinition;

/** What gets compiled into one rule base: rule folders plus shared helper DRL. */
public record RuleSet(List<RuleDefinition> rules, List<DrlFile> helpers) {
  public RuleSet {
    rules = List.copyOf(rules);
    helpers = List.copyOf(helpers);
  }

  public static RuleSet of(RuleCatalog catalog) {
    return new RuleSet(catalog.rules(), catalog.helpers());
  }
}

package org.wuhealth.engine;

import org.wuhealth.rules.catalog.CatalogException;
import org.wuhealth.rules.catalog.RuleCatalog;

/** The rule base compiled from the catalogue shipped inside wuhealth. */
public final class BundledRules {
  private BundledRules() {}

  /** The bundled catalogue's rules and helpers. */
  public static RuleSet ruleSet() {
    try {
      return RuleSet.of(RuleCatalog.bundled());
    } catch (CatalogException e) {
      throw new IllegalStateException("the bundled rules are broken:\n" + e.getMessage(), e);
    }
  }

  /**
   * Compiles the bundled catalogue. A failure here is a defect of the build, never of the user's
   * input, so it surfaces as an {@link IllegalStateException}.
   */
  public static RuleBase compile() {
    try {
      return RuleCompiler.compile(ruleSet());
    } catch (RuleCompilationException e) {
      throw new IllegalStateException("the bundled rules are broken:\n" + e.getMessage(), e);
    }
  }
}

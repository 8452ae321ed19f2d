package org.wuhealth.engine;

import java.util.function.Predicate;
import org.wuhealth.rules.catalog.CatalogException;
import org.wuhealth.rules.catalog.RuleCatalog;
import org.wuhealth.rules.catalog.RuleDefinition;

/**
 * The rule bases compiled from the catalogue shipped inside wuhealth: the host rules, evaluated per
 * snapshot, and the fleet rules, evaluated over a batch's per-host summaries.
 */
public final class BundledRules {
  private BundledRules() {}

  /**
   * Compiles the bundled host rules. A failure here is a defect of the build, never of the user's
   * input, so it surfaces as an {@link IllegalStateException}.
   */
  public static RuleBase compile() {
    return compile(r -> !r.isFleet());
  }

  /** Compiles the bundled fleet rules (category {@code fleet}). */
  public static RuleBase compileFleet() {
    return compile(RuleDefinition::isFleet);
  }

  private static RuleBase compile(Predicate<RuleDefinition> scope) {
    try {
      return RuleCompiler.compile(RuleCatalog.bundled().rules().stream().filter(scope).toList());
    } catch (CatalogException | RuleCompilationException e) {
      throw new IllegalStateException("the bundled rules are broken:\n" + e.getMessage(), e);
    }
  }
}

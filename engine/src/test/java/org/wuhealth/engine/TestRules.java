package org.wuhealth.engine;

import org.wuhealth.rules.catalog.CatalogException;
import org.wuhealth.rules.catalog.RuleCatalog;

/** The bundled catalogue, compiled once for the whole test run (compiling takes seconds). */
public final class TestRules {
  private static final class Holder {
    static final RuleCatalog CATALOG = load();
    static final RuleBase BASE = BundledRules.compile();
  }

  private static final class FleetHolder {
    static final RuleBase BASE = BundledRules.compileFleet();
  }

  private TestRules() {}

  public static RuleCatalog catalog() {
    return Holder.CATALOG;
  }

  public static RuleBase base() {
    return Holder.BASE;
  }

  public static RuleBase fleetBase() {
    return FleetHolder.BASE;
  }

  public static Analyzer analyzer() {
    return new Analyzer(base());
  }

  private static RuleCatalog load() {
    try {
      return RuleCatalog.bundled();
    } catch (CatalogException e) {
      throw new IllegalStateException(e);
    }
  }
}

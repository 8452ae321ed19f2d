package org.wuhealth.engine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wuhealth.rules.catalog.CatalogContent;
import org.wuhealth.rules.catalog.CatalogException;
import org.wuhealth.rules.catalog.RuleCatalog;

/**
 * The rule bases of the catalogue shipped inside wuhealth: the host rules, evaluated per snapshot
 * (precompiled at build time), and the fleet rules, evaluated over a batch's per-host summaries.
 */
public final class BundledRules {
  /** Where the build puts the precompiled rule base ({@link Precompile}). */
  static final String STORE = "/wuhealth/precompiled/rulebase.bin";

  private static final Logger LOG = LoggerFactory.getLogger(BundledRules.class);

  private BundledRules() {}

  /**
   * The bundled rule base: read back precompiled when the build's store matches the catalogue on
   * the class path (by content), compiled otherwise. Both give the same results.
   */
  public static RuleBase load() {
    return load(BundledRules.class.getResourceAsStream(STORE), CatalogContent.bundledKey());
  }

  /** Reads {@code store} when its key is {@code currentKey}; compiles otherwise. */
  static RuleBase load(InputStream store, String currentKey) {
    if (store != null) {
      try (InputStream in = new BufferedInputStream(store, 1 << 16)) {
        String stored = RuleBaseStore.keyOf(in);
        if (currentKey.equals(stored)) {
          return RuleBaseStore.readAfterKey(in);
        }
        LOG.info("precompiled rules do not match the bundled catalogue; compiling");
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot read the precompiled rules ({}); compiling instead", e.toString());
      }
    }
    return compile();
  }

  /** The bundled catalogue's host rules and helpers. */
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

  /** Compiles the bundled fleet rules (category {@code fleet}). */
  public static RuleBase compileFleet() {
    try {
      return RuleCompiler.compile(RuleSet.fleet(RuleCatalog.bundled()));
    } catch (CatalogException | RuleCompilationException e) {
      throw new IllegalStateException("the bundled fleet rules are broken:\n" + e.getMessage(), e);
    }
  }
}

package org.wuhealth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.wuhealth.authoring.RuleMetaChecks;
import org.wuhealth.engine.BundledRules;
import org.wuhealth.engine.RuleBase;
import org.wuhealth.engine.RuleCompilationException;
import org.wuhealth.engine.RuleCompiler;
import org.wuhealth.engine.RuleSelection;
import org.wuhealth.engine.RuleSet;
import org.wuhealth.rules.catalog.CatalogException;
import org.wuhealth.rules.catalog.RuleCatalog;
import picocli.CommandLine.Option;

/**
 * The options that choose rules ({@code --rules}, {@code --only}, {@code --exclude}), shared by the
 * commands that run or list them. Authors' rules are compiled at run time; the bundled catalogue
 * alone takes the fast path.
 */
final class RuleOptions {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "A directory of rule folders to add (repeatable); a rule with a bundled id replaces it."
              + " A rule folder is code: its rules run inside wuhealth with your rights and can"
              + " read or write any file you can, so use only folders you trust; folders that"
              + " other users can change are refused (see --allow-unsafe-rules).")
  List<Path> ruleDirs = new ArrayList<>();

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "ID",
      description = "Run only these rules (comma-separated or repeated).")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "ID",
      description = "Do not run these rules.")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--allow-unsafe-rules",
      description =
          "Load --rules folders that other users can change (refused by default: a rule folder is"
              + " code that runs with your rights).")
  boolean allowUnsafe;

  boolean customised() {
    return !ruleDirs.isEmpty() || !only.isEmpty() || !exclude.isEmpty();
  }

  /** The selected rules and helpers; errors become a {@link UserError} (exit 2). */
  RuleSet ruleSet() {
    List<RuleCatalog> extra = new ArrayList<>();
    for (Path dir : ruleDirs) {
      extra.add(load(dir, allowUnsafe));
    }
    try {
      return RuleSelection.select(
          bundledCatalog(), extra, new LinkedHashSet<>(only), new LinkedHashSet<>(exclude));
    } catch (RuleSelection.SelectionException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** The compiled rule base for this selection. */
  RuleBase ruleBase() {
    return customised() ? compile(ruleSet()) : BundledRules.load();
  }

  /**
   * The rule base for this selection. Authors' rules are compiled at once, so that their errors
   * come before anything else runs; the bundled rule base, which cannot fail on user input, is the
   * one {@code bundled} reads in the background (started now if it was not yet).
   */
  Supplier<RuleBase> startRuleBase(BackgroundRules bundled) {
    if (customised()) {
      RuleBase compiled = compile(ruleSet());
      return () -> compiled;
    }
    return bundled.start();
  }

  static RuleCatalog load(Path dir, boolean allowUnsafe) {
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir + ": not a directory of rule folders");
    }
    if (!allowUnsafe) {
      RuleFolderTrust.writableByOthers(dir)
          .ifPresent(
              p -> {
                throw new UserError(
                    p
                        + " can be changed by other users, and a rule folder is code that runs"
                        + " with your rights; make it writable by you only (chmod go-w), or give"
                        + " --allow-unsafe-rules");
              });
    }
    try {
      return RuleCatalog.load(dir);
    } catch (CatalogException e) {
      throw new UserError(ExitCodes.USAGE_OR_INPUT, e.problems());
    }
  }

  static RuleCatalog bundledCatalog() {
    try {
      return RuleCatalog.bundled();
    } catch (CatalogException e) {
      throw new IllegalStateException("the bundled rules are broken:\n" + e.getMessage(), e);
    }
  }

  /**
   * Compiles a rule set; printing, clock reads and process exits are refused first (they are
   * checked in {@code rules test} too), since a rule's action runs inside wuhealth.
   */
  static RuleBase compile(RuleSet set) {
    List<String> impure = RuleMetaChecks.purity(set.rules(), set.helpers());
    if (!impure.isEmpty()) {
      throw new UserError(ExitCodes.USAGE_OR_INPUT, impure);
    }
    try {
      return RuleCompiler.compile(set);
    } catch (RuleCompilationException e) {
      throw new UserError(ExitCodes.USAGE_OR_INPUT, e.errors());
    }
  }
}

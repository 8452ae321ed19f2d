package org.wuhealth.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wuhealth.rules.catalog.DrlFile;
import org.wuhealth.rules.catalog.RuleCatalog;
import org.wuhealth.rules.catalog.RuleDefinition;

/**
 * Builds the rule set a run uses: the bundled catalogue, then rule directories given with {@code
 * --rules} (a rule with a bundled id replaces the bundled one), then {@code --only} and {@code
 * --exclude}.
 */
public final class RuleSelection {
  private RuleSelection() {}

  /** A selection that names rules nobody defined, or defines one id twice. */
  public static final class SelectionException extends Exception {
    private static final long serialVersionUID = 1L;

    SelectionException(String message) {
      super(message);
    }
  }

  public static RuleSet select(
      RuleCatalog bundled, List<RuleCatalog> extra, Set<String> only, Set<String> exclude)
      throws SelectionException {
    Map<String, RuleDefinition> byId = new LinkedHashMap<>();
    bundled.rules().forEach(r -> byId.put(r.id(), r));
    Map<String, String> addedBy = new LinkedHashMap<>();
    List<DrlFile> helpers = new ArrayList<>(bundled.helpers());
    for (RuleCatalog catalog : extra) {
      for (RuleDefinition r : catalog.rules()) {
        String earlier = addedBy.put(r.id(), r.sourceName());
        if (earlier != null) {
          throw new SelectionException(
              "rule " + r.id() + " is defined twice: " + earlier + " and " + r.sourceName());
        }
        byId.put(r.id(), r);
      }
      helpers.addAll(catalog.helpers());
    }
    for (String id : only) {
      requireKnown(id, byId, "--only");
    }
    for (String id : exclude) {
      requireKnown(id, byId, "--exclude");
    }
    List<RuleDefinition> chosen =
        byId.values().stream()
            // Fleet rules run over a batch's summaries, in a rule base of their own.
            .filter(r -> !r.isFleet())
            .filter(r -> only.isEmpty() || only.contains(r.id()))
            .filter(r -> !exclude.contains(r.id()))
            .toList();
    return new RuleSet(RuleCatalog.inCatalogueOrder(chosen), helpers);
  }

  private static void requireKnown(String id, Map<String, RuleDefinition> byId, String option)
      throws SelectionException {
    if (!byId.containsKey(id)) {
      throw new SelectionException(
          option + " names unknown rule " + id + Spelling.didYouMean(id, byId.keySet()));
    }
  }
}

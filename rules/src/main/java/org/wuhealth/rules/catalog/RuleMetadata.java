package org.wuhealth.rules.catalog;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.api.Symptom;

/**
 * A rule's human metadata, read from its {@code rule.yml} once ({@link RuleCatalog}) into typed
 * values. The DRL holds only the logic; titles, advice and references live here so they can be
 * reviewed, translated and turned into docs. A loaded catalogue has every required value; a value
 * that does not parse is left null for the catalogue's checks to report at its file.
 *
 * @param symptom the symptom the rule explains (checklist or general for causes that are not tied
 *     to one symptom)
 * @param guide the troubleshooting-guide section the rule encodes
 * @param requires the facts the rule needs, each a set of snapshot paths of which any will do
 * @param toRuleOut paths the rule can fire without, but needs to rule its cause out: when the rule
 *     stays quiet and one of them was not collected, it is listed as not checked
 * @param manualFacts facts the rule needs that no importer or collector produces: the snapshot
 *     path, and where an admin finds the value to add by hand
 * @param parameters the numbers the rule compares against, each with its source (or the word
 *     "heuristic" and why), so that thresholds live in the metadata rather than in code
 * @param triggeredBySymptom true when the rule only fires once its symptom is present (the
 *     not-applicable rules explain a package that reported it); such rules are not boosted again
 * @param disabled when set, the reason the rule is switched off
 * @param knowledge what of the update knowledge the finding relies on: "latest" (the newest update
 *     or servicing stack update it lists) and/or "supersedence" (which update replaces which). On a
 *     host with updates newer than the knowledge such findings say so and drop to "possible".
 */
public record RuleMetadata(
    String id,
    String title,
    String category,
    Symptom symptom,
    String guide,
    Severity severity,
    Confidence confidence,
    List<Requirement> requires,
    List<String> toRuleOut,
    Map<String, String> manualFacts,
    Map<String, RuleParameter> parameters,
    String description,
    List<String> remediation,
    List<String> references,
    List<String> falsePositives,
    Boolean triggeredBySymptom,
    String disabled,
    List<String> knowledge)
    implements Serializable {
  /** The values {@code knowledge} may list. */
  public static final List<String> KNOWLEDGE = List.of("latest", "supersedence");

  public RuleMetadata {
    requires = requires == null ? List.of() : List.copyOf(requires);
    toRuleOut = toRuleOut == null ? List.of() : List.copyOf(toRuleOut);
    manualFacts = ordered(manualFacts);
    parameters = ordered(parameters);
    remediation = remediation == null ? List.of() : List.copyOf(remediation);
    references = references == null ? List.of() : List.copyOf(references);
    falsePositives = falsePositives == null ? List.of() : List.copyOf(falsePositives);
    knowledge = knowledge == null ? List.of() : List.copyOf(knowledge);
  }

  /** An unmodifiable copy in the metadata's order (Map.copyOf would lose it). */
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  public boolean isTriggeredBySymptom() {
    return Boolean.TRUE.equals(triggeredBySymptom);
  }
}

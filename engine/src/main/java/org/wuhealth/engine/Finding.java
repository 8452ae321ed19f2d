package org.wuhealth.engine;

import java.util.List;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Hit;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.api.Symptom;
import org.wuhealth.rules.catalog.RuleMetadata;

/**
 * One ranked conclusion about a host: what is wrong (rule id, title, the symptom it explains and
 * the guide section), how bad and how sure, the evidence that made the rule fire, and what to do.
 *
 * @param explains the observed or declared symptom this cause explains, or null
 * @param ruleOrder the rule's position in the catalogue (a ranking key, not shown)
 * @param matched the facts the engine matched, for {@code --explain}
 */
public record Finding(
    String ruleId,
    String title,
    Symptom symptom,
    String guide,
    Severity severity,
    Confidence confidence,
    List<String> evidence,
    List<String> remediation,
    List<String> references,
    String explains,
    int ruleOrder,
    List<Object> matched) {

  public Finding {
    evidence = List.copyOf(evidence);
    remediation = List.copyOf(remediation);
    references = List.copyOf(references);
    matched = List.copyOf(matched);
  }

  /**
   * The finding a rule's hit makes, with the rule's metadata, the given verdict and {@code
   * evidence} (the hit's own, with what the engine adds).
   */
  static Finding of(
      RuleInfo rule,
      Hit hit,
      List<String> evidence,
      Severity severity,
      Confidence confidence,
      String explains) {
    RuleMetadata m = rule.metadata();
    return new Finding(
        m.id(),
        m.title(),
        m.symptom(),
        m.guide(),
        severity,
        confidence,
        evidence,
        m.remediation(),
        m.references(),
        explains,
        rule.order(),
        hit.matched());
  }
}

package org.wuhealth.rules.api;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's action inserts when it fires: the rule id (the DRL rule name), the evidence that
 * made it fire, an optional confidence or severity that overrides the rule's metadata, and the
 * facts the engine matched (for {@code --explain}). The engine turns hits into findings.
 */
public record Hit(
    String ruleId,
    List<String> evidence,
    Confidence confidence,
    Severity severity,
    List<Object> matched) {

  public Hit {
    evidence = List.copyOf(evidence);
    matched = List.copyOf(matched);
  }

  /** A hit for the rule whose action is running, with its evidence lines. */
  public static Hit of(RuleContext context, String... evidence) {
    return new Hit(
        context.getRule().getName(),
        List.of(evidence),
        null,
        null,
        context.getMatch().getObjects().stream().filter(o -> o != null).toList());
  }

  /** A hit with evidence built as a list (for a variable number of lines). */
  public static Hit of(RuleContext context, List<String> evidence) {
    return of(context, evidence.toArray(String[]::new));
  }

  public Hit withConfidence(Confidence value) {
    return new Hit(ruleId, evidence, value, severity, matched);
  }

  public Hit withSeverity(Severity value) {
    return new Hit(ruleId, evidence, confidence, value, matched);
  }
}

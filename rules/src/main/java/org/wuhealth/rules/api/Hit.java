package org.wuhealth.rules.api;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's action inserts when it fires: the rule id (the DRL rule name), the evidence that
 * made it fire, an optional confidence or severity that overrides the rule's metadata, the error
 * codes the finding explains, and the facts the engine matched (for {@code --explain}). The engine
 * turns hits into findings; rules that reason about what others explained match on hits (with a
 * negative salience, so that they run last).
 *
 * @param codes canonical error codes ("0x80244007") this cause accounts for
 */
public record Hit(
    String ruleId,
    List<String> evidence,
    Confidence confidence,
    Severity severity,
    List<String> codes,
    List<Object> matched) {

  public Hit {
    evidence = List.copyOf(evidence);
    codes = List.copyOf(codes);
    matched = List.copyOf(matched);
  }

  /** A hit for the rule whose action is running, with its evidence lines. */
  public static Hit of(RuleContext context, String... evidence) {
    return new Hit(
        context.getRule().getName(),
        List.of(evidence),
        null,
        null,
        List.of(),
        context.getMatch().getObjects().stream().filter(o -> o != null).toList());
  }

  /** A hit with evidence built as a list (for a variable number of lines). */
  public static Hit of(RuleContext context, List<String> evidence) {
    return of(context, evidence.toArray(String[]::new));
  }

  public Hit withConfidence(Confidence value) {
    return new Hit(ruleId, evidence, value, severity, codes, matched);
  }

  public Hit withSeverity(Severity value) {
    return new Hit(ruleId, evidence, confidence, value, codes, matched);
  }

  /** The same hit, also accounting for these error codes (null entries are ignored). */
  public Hit explaining(String... values) {
    List<String> all = new java.util.ArrayList<>(codes);
    for (String v : values) {
      if (v != null && !all.contains(v)) {
        all.add(v);
      }
    }
    return new Hit(ruleId, evidence, confidence, severity, all, matched);
  }
}

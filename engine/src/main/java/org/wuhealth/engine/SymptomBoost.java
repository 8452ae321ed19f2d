package org.wuhealth.engine;

import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Severity;

/**
 * How a present symptom raises a cause that explains it: one step more severe (never beyond high:
 * critical stays a rule's own verdict) and one step more confident, unless the hit set its own
 * confidence. Rules that only fire when their symptom is present (the not-applicable rules) already
 * count it and are not raised again.
 */
final class SymptomBoost {
  private SymptomBoost() {}

  static Severity severity(Severity s) {
    return s.compareTo(Severity.HIGH) > 0 ? Severity.values()[s.ordinal() - 1] : s;
  }

  static Confidence confidence(Confidence c) {
    return c == Confidence.CERTAIN ? c : Confidence.values()[c.ordinal() - 1];
  }
}

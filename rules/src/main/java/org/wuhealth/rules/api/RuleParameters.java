package org.wuhealth.rules.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code parameters} of one rule's {@code rule.yml}, inserted as a fact so that its DRL reads
 * its thresholds from the metadata: {@code $p : RuleParameters( rule == "WSUS-MAX-PREREQS" )}, then
 * {@code $p.intValue("fixValue")}.
 */
public record RuleParameters(String rule, Map<String, Number> values) {
  public RuleParameters {
    // sorted: the record's text is quoted by --explain, which must read the same on every run
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public int intValue(String name) {
    return value(name).intValue();
  }

  public double doubleValue(String name) {
    return value(name).doubleValue();
  }

  private Number value(String name) {
    Number v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException(rule + " has no parameter " + name + " in its rule.yml");
    }
    return v;
  }
}

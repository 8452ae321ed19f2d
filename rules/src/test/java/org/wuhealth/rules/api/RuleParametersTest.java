package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleParametersTest {
  @Test
  void readsTheSameWhateverOrderTheMetadataGaveItsParameters() {
    Map<String, Number> forwards = new LinkedHashMap<>();
    forwards.put("highBelowGiB", 2);
    forwards.put("lowBelowGiB", 10);
    forwards.put("mediumBelowGiB", 5);
    Map<String, Number> backwards = new LinkedHashMap<>();
    backwards.put("mediumBelowGiB", 5);
    backwards.put("lowBelowGiB", 10);
    backwards.put("highBelowGiB", 2);
    // --explain quotes the fact's text: it must not depend on the order of a hash map
    assertEquals(
        "RuleParameters[rule=GEN-LOW-DISK, values={highBelowGiB=2, lowBelowGiB=10,"
            + " mediumBelowGiB=5}]",
        new RuleParameters("GEN-LOW-DISK", backwards).toString());
    assertEquals(
        new RuleParameters("GEN-LOW-DISK", forwards).toString(),
        new RuleParameters("GEN-LOW-DISK", backwards).toString());
  }

  @Test
  void namesTheRuleAndTheMissingParameter() {
    RuleParameters p = new RuleParameters("GEN-LOW-DISK", Map.of("highBelowGiB", 2.5));
    assertEquals(2.5, p.doubleValue("highBelowGiB"));
    assertEquals(2, p.intValue("highBelowGiB"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> p.intValue("lowBelowGiB"));
    assertEquals("GEN-LOW-DISK has no parameter lowBelowGiB in its rule.yml", e.getMessage());
  }
}

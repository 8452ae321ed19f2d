package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Severity;

class FindingOrderTest {
  private static Finding f(String id, Severity s, Confidence c, int order, String... evidence) {
    return new Finding(
        id,
        id,
        org.wuhealth.rules.api.Symptom.GENERAL,
        "",
        s,
        c,
        List.of(evidence),
        List.of(),
        List.of(),
        null,
        order,
        List.of());
  }

  @Test
  void severityThenConfidenceThenRuleOrderThenEvidence() {
    Finding lowCertain = f("A", Severity.LOW, Confidence.CERTAIN, 0, "x");
    Finding highPossible = f("B", Severity.HIGH, Confidence.POSSIBLE, 5, "x");
    Finding highCertainLate = f("C", Severity.HIGH, Confidence.CERTAIN, 9, "x");
    Finding highCertainEarlyB = f("D", Severity.HIGH, Confidence.CERTAIN, 1, "b");
    Finding highCertainEarlyA = f("D", Severity.HIGH, Confidence.CERTAIN, 1, "a", "z");
    List<Finding> list =
        new ArrayList<>(
            List.of(
                lowCertain, highPossible, highCertainLate, highCertainEarlyB, highCertainEarlyA));
    list.sort(FindingOrder.RANK);
    assertEquals(
        List.of(highCertainEarlyA, highCertainEarlyB, highCertainLate, highPossible, lowCertain),
        list);
  }
}

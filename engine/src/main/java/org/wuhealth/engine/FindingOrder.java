package org.wuhealth.engine;

import java.util.Comparator;
import java.util.List;

/**
 * The one ranking of findings: severity (worst first), then confidence (surest first), then rule
 * order in the catalogue, then evidence (line by line). Total, so output is deterministic.
 */
public final class FindingOrder {
  public static final Comparator<Finding> RANK =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::confidence)
          .thenComparingInt(Finding::ruleOrder)
          .thenComparing(Finding::evidence, FindingOrder::compareLines);

  private FindingOrder() {}

  private static int compareLines(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}

package org.wuhealth.rules.api.wsus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.wuhealth.facts.IisLogSummary;

class IisErrorThresholdTest {
  @Test
  void iisErrorsAndThresholdsAreWorded() {
    IisErrorThreshold t = new IisErrorThreshold(50, 1);
    assertEquals(
        "80 (the request count was not collected)",
        IisErrorThreshold.describe(new IisLogSummary(null, null, null, 80L, null)));
    assertEquals(
        "230 of 12000 requests (1.9 %)",
        IisErrorThreshold.describe(new IisLogSummary(null, null, 12000L, 230L, null)));
    assertEquals("50 errors and 1 % of the requests", t.describe());
    assertEquals("50 errors and 0.50 % of the requests", new IisErrorThreshold(50, 0.5).describe());
  }
}

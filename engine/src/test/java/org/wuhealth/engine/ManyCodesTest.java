package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.testing.Growth;

/**
 * Rules that ask whether another finding explains a code are linear in the number of codes (issue
 * 17, case 10): GEN-UNEXPLAINED-ERROR and CHK-MANUAL-INSTALL tested every hit against every code,
 * so that 16,000 distinct codes in one snapshot took 41 s and 32,000 took 205 s. The analysis of
 * {@link ManyCodes} is timed at n and 4n ({@link Growth}).
 */
class ManyCodesTest {
  private final Analyzer analyzer = TestRules.analyzer();

  private AnalysisResult analyze(int codes) {
    return analyzer.analyze(
        "many-codes.json", ManyCodes.snapshot(codes), List.of(), Analyzer.Options.DEFAULT);
  }

  @Test
  void analysisIsLinearInTheNumberOfDistinctCodes() {
    Growth.assertLinear("analysis of n distinct error codes", 2_000, this::analyze);
  }

  @Test
  void everyUnexplainedCodeAndRepeatedFailureIsStillReported() {
    int codes = 2_000;
    List<Finding> findings = analyze(codes).findings();
    long unexplained = count(findings, "GEN-UNEXPLAINED-ERROR");
    long manual = count(findings, "CHK-MANUAL-INSTALL");
    // a few codes of the range are causes' codes (0x80240017: not applicable, say)
    assertTrue(unexplained > codes - 20 && unexplained <= codes, unexplained + " unexplained");
    assertTrue(manual > codes / 4 - 20 && manual <= codes / 4, manual + " manual installs");
  }

  private static long count(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.ruleId().equals(rule)).count();
  }
}

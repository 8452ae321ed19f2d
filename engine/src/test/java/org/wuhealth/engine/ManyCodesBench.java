package org.wuhealth.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Times the analysis of {@link ManyCodes} snapshots (issue 17, case 10), one size after the other
 * in one process, after a warm-up, in wall-clock and CPU time (of the analysing thread, which a
 * machine shared with other work disturbs less). The command is in docs/performance.md.
 */
public final class ManyCodesBench {
  private ManyCodesBench() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Analyzer analyzer = TestRules.analyzer();
    analyze(analyzer, 1_000);
    for (String arg : args) {
      int codes = Integer.parseInt(arg);
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      int findings = analyze(analyzer, codes);
      System.out.printf(
          Locale.ROOT,
          "%,7d codes: %,9.0f ms, CPU %,9.0f ms, %,d findings%n",
          codes,
          (System.nanoTime() - start) / 1e6,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
          findings);
    }
  }

  private static int analyze(Analyzer analyzer, int codes) {
    return analyzer
        .analyze("many-codes.json", ManyCodes.snapshot(codes), List.of(), Analyzer.Options.DEFAULT)
        .findings()
        .size();
  }
}

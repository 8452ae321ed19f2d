package org.wuhealth.knowledge.cvrf;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The Jazzer fuzz test of the CVRF reader ({@link CvrfTarget}). In a normal test run it replays the
 * reproducers under {@code CvrfFuzzTestInputs/cvrf/}; with {@code JAZZER_FUZZ=1} it fuzzes
 * (bench/fuzz/run.sh, seeded with {@link CvrfTarget#seeds}).
 */
class CvrfFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void cvrf(byte[] data) {
    CvrfTarget.read(data);
  }
}

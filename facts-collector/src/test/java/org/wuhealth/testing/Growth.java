package org.wuhealth.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Tells linear from quadratic work without a wall-clock threshold: the same work is timed (CPU time
 * of this thread) at size n and 4n in one process, and the ratio is compared. Linear work grows
 * about 4 times, quadratic 16 times; the verdict is "linear" below 8. A ratio over 8 is measured
 * again (the fastest of five runs) before it counts, so a pause of the machine does not fail a
 * test, and work that stays under a few milliseconds at 4n passes whatever its ratio (it is noise
 * there, and quadratic work at the sizes the tests use takes seconds).
 */
public final class Growth {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final double LINEAR_BELOW = 8.0;
  private static final long NOISE_NANOS = 15_000_000L;

  /** What was measured, for the message of a failed assertion and for benchmarks. */
  public record Measure(int n, long nanosAtN, long nanosAt4n) {
    public double ratio() {
      return nanosAtN == 0 ? 0 : (double) nanosAt4n / nanosAtN;
    }

    public boolean linear() {
      return nanosAt4n < NOISE_NANOS || ratio() < LINEAR_BELOW;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "n=%,d: %.1f ms, 4n: %.1f ms, ratio %.1f (linear about 4, quadratic about 16)",
          n,
          nanosAtN / 1e6,
          nanosAt4n / 1e6,
          ratio());
    }
  }

  private Growth() {}

  /** Measures {@code work} at n and 4n (after one warm-up run at n). */
  public static Measure measure(int n, IntConsumer work) {
    work.accept(n);
    Measure first = new Measure(n, cpu(work, n), cpu(work, 4 * n));
    if (first.linear()) {
      return first;
    }
    return new Measure(n, fastest(work, n), fastest(work, 4 * n));
  }

  /** Fails unless {@code work} grows linearly from n to 4n. */
  public static void assertLinear(String what, int n, IntConsumer work) {
    Measure m = measure(n, work);
    if (!m.linear()) {
      throw new AssertionError(what + " grows faster than linearly: " + m);
    }
  }

  private static long fastest(IntConsumer work, int size) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      best = Math.min(best, cpu(work, size));
    }
    return best;
  }

  private static long cpu(IntConsumer work, int size) {
    long start = THREADS.getCurrentThreadCpuTime();
    work.accept(size);
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}

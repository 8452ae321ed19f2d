package org.wuhealth.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress bar on stderr: done/total, hosts per second and time left, redrawn in place at most
 * five times a second. Only used when stderr is a terminal.
 */
final class ProgressBar {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long total;
  private final LongSupplier clock;
  private final long start;
  private long lastDraw;

  ProgressBar(PrintWriter err, long total) {
    this(err, total, System::nanoTime);
  }

  ProgressBar(PrintWriter err, long total, LongSupplier nanoClock) {
    this.err = err;
    this.total = total;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.lastDraw = start - REDRAW_NANOS;
  }

  void update(long done) {
    long now = clock.getAsLong();
    if (now - lastDraw < REDRAW_NANOS && done < total) {
      return;
    }
    lastDraw = now;
    err.print("\r" + line(done, now - start) + "\u001b[K");
    err.flush();
  }

  void clear() {
    err.print("\r\u001b[K");
    err.flush();
  }

  String line(long done, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    String eta = rate > 0 ? duration((long) ((total - done) / rate)) : "--:--";
    return String.format(
        Locale.ROOT,
        "[%s%s] %,d/%,d  %,.0f hosts/s  ETA %s",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        done,
        total,
        rate,
        eta);
  }

  static String duration(long seconds) {
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}

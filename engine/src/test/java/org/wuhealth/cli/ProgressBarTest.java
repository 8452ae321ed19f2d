package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void showsDoneTotalRateAndTimeLeft() {
    AtomicLong clock = new AtomicLong(0);
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), 1000, clock::get);
    assertEquals(
        "[###############               ] 500/1,000  250 hosts/s  ETA 0:02",
        bar.line(500, 2_000_000_000L));
    assertEquals("1:01:01", ProgressBar.duration(3661));
  }

  @Test
  void redrawsAtMostFiveTimesASecondButAlwaysAtTheEnd() {
    AtomicLong clock = new AtomicLong(0);
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), 3, clock::get);
    bar.update(1);
    bar.update(2);
    bar.update(3);
    String text = out.toString();
    assertTrue(text.contains("1/3"), text);
    assertTrue(!text.contains("2/3"), "redraws are throttled: " + text);
    assertTrue(text.contains("3/3"), "the last one is always drawn: " + text);
  }
}

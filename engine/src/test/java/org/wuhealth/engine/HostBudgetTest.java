package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostBudgetTest {
  /** A batch closes thousands of runs a second; none may stay queued until its limit is up. */
  @Test
  void aRunClosedInTimeLeavesNothingWithTheWatchdog() {
    int before = HostBudget.watched();
    HostBudget budget = new HostBudget(Duration.ofHours(1));
    HostBudget.Run open = budget.start();
    assertEquals(before + 1, HostBudget.watched());
    open.close();
    for (int i = 0; i < 10_000; i++) {
      budget.start().close();
    }
    assertEquals(before, HostBudget.watched());
  }
}

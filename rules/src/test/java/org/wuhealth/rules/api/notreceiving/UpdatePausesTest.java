package org.wuhealth.rules.api.notreceiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.PauseState;
import org.wuhealth.rules.api.Facts;

class UpdatePausesTest {
  private static final Instant NOW = Instant.parse("2026-11-20T08:15:00Z");

  /** The active pauses of a host whose policy paused quality and feature updates at these times. */
  private static List<ActivePause> pausedByPolicy(Instant quality, Instant feature) {
    return UpdatePauses.active(
        Facts.wu(Facts.policy(false, null, quality, feature), null, null, null), NOW, 35);
  }

  /** The active pauses of a host paused in the Settings app. */
  private static List<ActivePause> pausedInSettings(PauseState pause) {
    return UpdatePauses.active(Facts.wu(null, pause, null, null), NOW, 35);
  }

  @Test
  void aPolicyPauseLasts35DaysFromItsStart() {
    Instant start = Instant.parse("2026-11-10T00:00:00Z");
    List<ActivePause> active = pausedByPolicy(start, null);
    assertEquals(1, active.size());
    assertEquals(DeploymentCategory.QUALITY, active.get(0).category());
    assertEquals(Instant.parse("2026-12-15T00:00:00Z"), active.get(0).until());
    assertTrue(active.get(0).byPolicy());
    assertTrue(
        pausedByPolicy(Instant.parse("2026-10-01T00:00:00Z"), null).isEmpty(),
        "ended on 2026-11-05");
    assertTrue(
        pausedByPolicy(null, Instant.parse("2026-11-21T00:00:00Z")).isEmpty(), "starts tomorrow");
  }

  @Test
  void aSettingsPauseLastsUntilItsEndTime() {
    PauseState pause = new PauseState(null, Instant.parse("2026-12-05T00:00:00Z"));
    List<ActivePause> active = pausedInSettings(pause);
    assertEquals(
        List.of(DeploymentCategory.FEATURE), active.stream().map(ActivePause::category).toList());
    assertFalse(active.get(0).byPolicy());
    assertTrue(
        pausedInSettings(new PauseState(Instant.parse("2026-11-20T08:00:00Z"), null)).isEmpty());
  }
}

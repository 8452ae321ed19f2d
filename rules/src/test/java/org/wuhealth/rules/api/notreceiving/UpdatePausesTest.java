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

  @Test
  void aPolicyPauseLasts35DaysFromItsStart() {
    Instant start = Instant.parse("2026-11-10T00:00:00Z");
    List<ActivePause> active =
        UpdatePauses.active(
            Facts.wu(Facts.policy(false, null, start, null), null, null, null), NOW, 35);
    assertEquals(1, active.size());
    assertEquals(DeploymentCategory.QUALITY, active.get(0).category());
    assertEquals(Instant.parse("2026-12-15T00:00:00Z"), active.get(0).until());
    assertTrue(active.get(0).byPolicy());
    assertTrue(
        UpdatePauses.active(
                Facts.wu(
                    Facts.policy(false, null, Instant.parse("2026-10-01T00:00:00Z"), null),
                    null,
                    null,
                    null),
                NOW,
                35)
            .isEmpty(),
        "ended on 2026-11-05");
    assertTrue(
        UpdatePauses.active(
                Facts.wu(
                    Facts.policy(false, null, null, Instant.parse("2026-11-21T00:00:00Z")),
                    null,
                    null,
                    null),
                NOW,
                35)
            .isEmpty(),
        "starts tomorrow");
  }

  @Test
  void aSettingsPauseLastsUntilItsEndTime() {
    PauseState pause = new PauseState(null, Instant.parse("2026-12-05T00:00:00Z"));
    List<ActivePause> active = UpdatePauses.active(Facts.wu(null, pause, null, null), NOW, 35);
    assertEquals(
        List.of(DeploymentCategory.FEATURE), active.stream().map(ActivePause::category).toList());
    assertFalse(active.get(0).byPolicy());
    assertTrue(
        UpdatePauses.active(
                Facts.wu(
                    null, new PauseState(Instant.parse("2026-11-20T08:00:00Z"), null), null, null),
                NOW,
                35)
            .isEmpty());
  }
}

package org.wuhealth.rules.api.notreceiving;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WindowsUpdate;

/** The pauses of Windows Update that are in force at a given time. */
public final class UpdatePauses {
  private UpdatePauses() {}

  /**
   * Pauses from the policy start times and the Settings end times that have not ended yet.
   *
   * @param policyPauseDays how long a policy pause lasts from its start time (NR-PAUSED's {@code
   *     policyPauseDays} parameter, with its source)
   */
  public static List<ActivePause> active(WindowsUpdate wu, Instant now, int policyPauseDays) {
    Duration policyPause = Duration.ofDays(policyPauseDays);
    List<ActivePause> active = new ArrayList<>();
    UpdatePolicy policy = wu.policy();
    if (policy != null) {
      fromPolicy(
          DeploymentCategory.QUALITY,
          policy.pauseQualityUpdatesStartTime(),
          "Quality",
          now,
          policyPause,
          active);
      fromPolicy(
          DeploymentCategory.FEATURE,
          policy.pauseFeatureUpdatesStartTime(),
          "Feature",
          now,
          policyPause,
          active);
    }
    PauseState pause = wu.pause();
    if (pause != null) {
      fromSettings(DeploymentCategory.QUALITY, pause.qualityUpdatesPausedUntil(), now, active);
      fromSettings(DeploymentCategory.FEATURE, pause.featureUpdatesPausedUntil(), now, active);
    }
    return active;
  }

  private static void fromPolicy(
      DeploymentCategory category,
      Instant start,
      String policyWord,
      Instant now,
      Duration policyPause,
      List<ActivePause> active) {
    // A start time in the future has not paused anything yet.
    if (start == null || start.isAfter(now)) {
      return;
    }
    Instant until = start.plus(policyPause);
    if (until.isAfter(now)) {
      active.add(
          new ActivePause(
              category,
              until,
              true,
              "policy Pause"
                  + policyWord
                  + "UpdatesStartTime is "
                  + start
                  + "; a policy pause lasts "
                  + policyPause.toDays()
                  + " days"));
    }
  }

  private static void fromSettings(
      DeploymentCategory category, Instant until, Instant now, List<ActivePause> active) {
    if (until != null && until.isAfter(now)) {
      active.add(new ActivePause(category, until, false, "paused in Settings"));
    }
  }
}

package org.wuhealth.report;

import org.wuhealth.rules.api.Severity;

/**
 * Which severities make a monitoring check WARNING or CRITICAL ({@code --warning-on}, {@code
 * --critical-on}); null turns a level off.
 */
public record MonitoringThresholds(Severity warningOn, Severity criticalOn) {
  /** The defaults: a high or critical finding is CRITICAL, a medium one WARNING. */
  public static final MonitoringThresholds DEFAULT =
      new MonitoringThresholds(Severity.MEDIUM, Severity.HIGH);

  /** The state a finding of this severity calls for (OK below both thresholds). */
  public NagiosState stateOf(Severity severity) {
    if (criticalOn != null && severity.atLeast(criticalOn)) {
      return NagiosState.CRITICAL;
    }
    if (warningOn != null && severity.atLeast(warningOn)) {
      return NagiosState.WARNING;
    }
    return NagiosState.OK;
  }

  /** The lowest severity that is not OK, or null when both levels are off. */
  public Severity lowestAlerting() {
    if (warningOn == null) {
      return criticalOn;
    }
    if (criticalOn == null) {
      return warningOn;
    }
    return warningOn.atLeast(criticalOn) ? criticalOn : warningOn;
  }
}

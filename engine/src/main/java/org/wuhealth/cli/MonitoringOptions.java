package org.wuhealth.cli;

import org.wuhealth.report.MonitoringThresholds;
import org.wuhealth.rules.api.Severity;
import picocli.CommandLine.Option;

/**
 * The thresholds of {@code --format nagios}: which severities make the check WARNING and CRITICAL
 * (analyze, scan and batch).
 */
final class MonitoringOptions {
  @Option(
      names = "--warning-on",
      defaultValue = "medium",
      paramLabel = "SEVERITY",
      description =
          "--format nagios: WARNING when a finding is this severe or worse, or none"
              + " (default: ${DEFAULT-VALUE}).")
  String warningOn;

  @Option(
      names = "--critical-on",
      defaultValue = "high",
      paramLabel = "SEVERITY",
      description =
          "--format nagios: CRITICAL when a finding is this severe or worse, or none"
              + " (default: ${DEFAULT-VALUE}).")
  String criticalOn;

  /** The thresholds; a bad value is a {@link UserError} that names {@code command}. */
  MonitoringThresholds thresholds(String command) {
    return new MonitoringThresholds(
        severity(command, "--warning-on", warningOn),
        severity(command, "--critical-on", criticalOn));
  }

  private static Severity severity(String command, String option, String value) {
    if ("none".equals(value)) {
      return null;
    }
    return Severity.parse(value)
        .orElseThrow(
            () ->
                new UserError(
                    "wuhealth "
                        + command
                        + ": "
                        + option
                        + " must be one of critical, high, medium, low, info, none; got '"
                        + value
                        + "'"));
  }
}

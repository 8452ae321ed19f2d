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
      converter = OptionValues.WarningOn.class,
      description =
          "--format nagios: WARNING when a finding is this severe or worse, or none"
              + " (default: ${DEFAULT-VALUE}).")
  Severity warningOn;

  @Option(
      names = "--critical-on",
      defaultValue = "high",
      paramLabel = "SEVERITY",
      converter = OptionValues.CriticalOn.class,
      description =
          "--format nagios: CRITICAL when a finding is this severe or worse, or none"
              + " (default: ${DEFAULT-VALUE}).")
  Severity criticalOn;

  MonitoringThresholds thresholds() {
    return new MonitoringThresholds(warningOn, criticalOn);
  }
}

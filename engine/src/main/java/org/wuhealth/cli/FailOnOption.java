package org.wuhealth.cli;

import org.wuhealth.rules.api.Severity;
import picocli.CommandLine.Option;

/**
 * {@code --fail-on} of the commands that report findings of hosts (analyze, scan, batch). {@code
 * check-package} declares its own: its default (info) and its meaning (a package's cause) differ.
 */
final class FailOnOption {
  @Option(
      names = "--fail-on",
      defaultValue = "high",
      paramLabel = "SEVERITY",
      converter = OptionValues.FailOn.class,
      description =
          "Exit 1 when a finding is this severe or worse: critical, high, medium, low, info, or none"
              + " (default: ${DEFAULT-VALUE}).")
  Severity threshold;

  /** The threshold's name as the user gave it: its label, or "none". */
  String label() {
    return threshold == null ? "none" : threshold.label();
  }
}

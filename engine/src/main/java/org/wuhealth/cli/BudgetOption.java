package org.wuhealth.cli;

import java.time.Duration;
import org.wuhealth.engine.HostBudget;
import picocli.CommandLine.Option;

/** {@code --host-timeout}: the time one host (or one rule test case) may take. */
final class BudgetOption {
  @Option(
      names = "--host-timeout",
      paramLabel = "TIME",
      defaultValue = "30s",
      converter = OptionValues.HostTimeout.class,
      description =
          "Time one host may take, reading and rules together (default: ${DEFAULT-VALUE}); past"
              + " it the host fails with one line that says where the time went and which rule"
              + " ran, and the others go on. A number with s or m; 0 for no limit.")
  Duration hostTimeout;

  HostBudget budget() {
    return new HostBudget(hostTimeout);
  }
}

package org.wuhealth.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.engine.HostBudget;
import picocli.CommandLine.Option;

/** {@code --host-timeout}: the time one host (or one rule test case) may take. */
final class BudgetOption {
  private static final Pattern TIME = Pattern.compile("(\\d{1,6})(ms|s|m)?");

  @Option(
      names = "--host-timeout",
      paramLabel = "TIME",
      defaultValue = "30s",
      description =
          "Time one host may take, reading and rules together (default: ${DEFAULT-VALUE}); past"
              + " it the host fails with one line that says where the time went and which rule"
              + " ran, and the others go on. A number with s or m; 0 for no limit.")
  String hostTimeout;

  HostBudget budget() {
    Matcher m = TIME.matcher(hostTimeout.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UserError(
          "--host-timeout must be a number of seconds or minutes (30s, 2m, 0); got " + hostTimeout);
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration d =
        switch (unit) {
          case "ms" -> Duration.ofMillis(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofSeconds(n);
        };
    return new HostBudget(d);
  }
}

package org.wuhealth.cli;

import java.time.Instant;
import picocli.CommandLine.Option;

/** {@code --now}: the evaluation time of analyze, batch and check-package. */
final class NowOption {
  @Option(
      names = "--now",
      paramLabel = "TIME",
      converter = OptionValues.Now.class,
      description =
          "Evaluate as of this day (2019-03-06, the end of that day in UTC) or ISO-8601 time"
              + " (2019-03-06T12:00:00Z) instead of each snapshot's collectedAt.")
  Instant time;
}

package org.wuhealth.cli;

import java.time.Instant;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.rules.api.RuleSettings;
import picocli.CommandLine.Option;

/**
 * The limits rules compare against ({@code --scan-max-age}), on every command that runs the rules
 * of hosts; {@link #analysis} builds every command's {@link Analyzer.Options} from them, so that no
 * command can fall back to the default settings unnoticed.
 */
final class RuleSettingsOption {
  @Option(
      names = "--scan-max-age",
      paramLabel = "DAYS",
      defaultValue = "7",
      converter = OptionValues.ScanMaxAge.class,
      description =
          "A device whose last update scan is older than this counts as not scanning"
              + " (NR-NOT-SCANNING; default: ${DEFAULT-VALUE}).")
  RuleSettings settings = RuleSettings.DEFAULT;

  /** How to analyze with these settings, as of {@code now} (null: each snapshot's own time). */
  Analyzer.Options analysis(Instant now) {
    return Analyzer.Options.DEFAULT.withSettings(settings).asOf(now);
  }
}

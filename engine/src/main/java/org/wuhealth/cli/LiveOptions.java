package org.wuhealth.cli;

import java.time.Duration;
import org.wuhealth.collector.CollectorOptions;
import picocli.CommandLine.Option;

/** The options of a live collection, shared by {@code collect}, {@code scan} and checks. */
final class LiveOptions {
  @Option(
      names = "--source-timeout",
      paramLabel = "SECONDS",
      defaultValue = "20",
      description =
          "How long one source (registry, services, a log, ...) may take before it is left out"
              + " (default: ${DEFAULT-VALUE}).")
  int sourceTimeout;

  @Option(
      names = "--wmi-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "How long the Win32_QuickFixEngineering query may take (default: ${DEFAULT-VALUE}).")
  int wmiTimeout;

  @Option(
      names = "--log-days",
      paramLabel = "DAYS",
      defaultValue = "30",
      description = "Keep log lines and events of this many days (default: ${DEFAULT-VALUE}).")
  int logDays;

  @Option(
      names = "--log-max-size",
      paramLabel = "BYTES",
      defaultValue = "32M",
      description =
          "Read at most this much of each update log, from its end (default: ${DEFAULT-VALUE}).")
  String logMaxSize;

  @Option(
      names = "--iis-log-max-size",
      paramLabel = "BYTES",
      defaultValue = "64M",
      description =
          "Read at most this much of the WSUS site's IIS logs, newest files first (default:"
              + " ${DEFAULT-VALUE}).")
  String iisLogMaxSize;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Print how long each source took and how it ended (scan: and list every check that"
              + " could not run).")
  boolean verbose;

  /** The collector's bounds; a bad value is a {@link UserError}. */
  CollectorOptions collectorOptions() {
    if (sourceTimeout < 1 || wmiTimeout < 1 || logDays < 1) {
      throw new UserError("--source-timeout, --wmi-timeout and --log-days must be at least 1");
    }
    try {
      return new CollectorOptions(
          Duration.ofSeconds(sourceTimeout),
          Duration.ofSeconds(wmiTimeout),
          Sizes.parse(logMaxSize),
          Sizes.parse(iisLogMaxSize),
          logDays,
          CollectorOptions.DEFAULT.maxEvents());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}

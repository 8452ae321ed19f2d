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
      converter = OptionValues.Seconds.class,
      description =
          "How long one source (registry, services, a log, ...) may take before it is left out"
              + " (default: ${DEFAULT-VALUE}).")
  Duration sourceTimeout;

  @Option(
      names = "--wmi-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      converter = OptionValues.Seconds.class,
      description =
          "How long the Win32_QuickFixEngineering query may take (default: ${DEFAULT-VALUE}).")
  Duration wmiTimeout;

  @Option(
      names = "--log-days",
      paramLabel = "DAYS",
      defaultValue = "30",
      converter = OptionValues.AtLeastOne.class,
      description = "Keep log lines and events of this many days (default: ${DEFAULT-VALUE}).")
  int logDays;

  @Option(
      names = "--log-max-size",
      paramLabel = "BYTES",
      defaultValue = "32M",
      converter = OptionValues.ByteCount.class,
      description =
          "Read at most this much of each update log, from its end (default: ${DEFAULT-VALUE}).")
  long logMaxSize;

  @Option(
      names = "--iis-log-max-size",
      paramLabel = "BYTES",
      defaultValue = "64M",
      converter = OptionValues.ByteCount.class,
      description =
          "Read at most this much of the WSUS site's IIS logs, newest files first (default:"
              + " ${DEFAULT-VALUE}).")
  long iisLogMaxSize;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Print how long each source took and how it ended (scan: and list every check that"
              + " could not run).")
  boolean verbose;

  /** The collector's bounds. */
  CollectorOptions collectorOptions() {
    return new CollectorOptions(
        sourceTimeout,
        wmiTimeout,
        logMaxSize,
        iisLogMaxSize,
        logDays,
        CollectorOptions.DEFAULT.maxEvents());
  }
}

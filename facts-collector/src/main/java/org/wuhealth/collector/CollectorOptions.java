package org.wuhealth.collector;

import java.time.Duration;

/**
 * Bounds of a live collection.
 *
 * @param sourceBudget how long any one source may take (registry, services, logs, ...)
 * @param wmiTimeout how long the Win32_QuickFixEngineering query may take (it is slow)
 * @param maxLogBytes how much of each update log is read, from its end
 * @param maxIisLogBytes how much of the WSUS site's IIS logs is read, newest files first
 * @param logDays how far back log lines and events are kept
 * @param maxEvents how many events each event log query returns at most
 */
public record CollectorOptions(
    Duration sourceBudget,
    Duration wmiTimeout,
    long maxLogBytes,
    long maxIisLogBytes,
    int logDays,
    int maxEvents) {

  public static final CollectorOptions DEFAULT =
      new CollectorOptions(
          Duration.ofSeconds(20), Duration.ofSeconds(30), 32L << 20, 64L << 20, 30, 500);
}

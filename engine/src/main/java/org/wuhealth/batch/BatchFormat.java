package org.wuhealth.batch;

/**
 * Which per-host outputs a batch writes ({@code --format}); errors.jsonl and summary.json are
 * always written. {@code nagios} prints one status for the fleet instead; {@code prometheus} writes
 * wuhealth.prom with one series set per host.
 */
public enum BatchFormat {
  jsonl,
  csv,
  html,
  all,
  nagios,
  prometheus;

  boolean jsonl() {
    return this == jsonl || this == all;
  }

  boolean csv() {
    return this == csv || this == all;
  }

  boolean html() {
    return this == html || this == all;
  }

  /**
   * The monitoring formats, which need each host's {@link org.wuhealth.report.MonitoringSummary}.
   */
  boolean monitoring() {
    return this == nagios || this == prometheus;
  }
}

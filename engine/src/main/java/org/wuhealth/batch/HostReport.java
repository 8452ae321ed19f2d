package org.wuhealth.batch;

import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.report.MonitoringSummary;

/**
 * What a worker hands to the writer for one input, already rendered so that the single writer
 * thread only copies text: either the host's output pieces, tally entry and fleet contribution, or
 * the reason the input could not be read. The snapshot and findings are not kept.
 *
 * @param findingsJsonl the host's lines of findings.jsonl ("" when it has none or jsonl is off)
 * @param csvRow its row of hosts.csv (null when csv is off)
 * @param htmlRow its row of the report's host table (null when html is off)
 * @param summary what the monitoring formats need (null unless one is chosen)
 */
record HostReport(
    String source,
    String error,
    String findingsJsonl,
    String csvRow,
    String htmlRow,
    Tally.Entry tally,
    FleetAnalyzer.Contribution contribution,
    MonitoringSummary summary) {

  static HostReport failed(String source, String error) {
    return new HostReport(source, error, null, null, null, null, null, null);
  }

  boolean ok() {
    return error == null;
  }
}

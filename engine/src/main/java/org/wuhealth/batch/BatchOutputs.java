package org.wuhealth.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.wuhealth.engine.Finding;
import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.engine.SkippedCheck;
import org.wuhealth.io.AtomicFile;
import org.wuhealth.io.Temporaries;
import org.wuhealth.report.JsonReport;
import org.wuhealth.report.MonitoringThresholds;
import org.wuhealth.report.NagiosReport;
import org.wuhealth.report.PrometheusMetrics;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.snapshot.SnapshotWriter;

/**
 * The files of a batch in {@code --out}, written as hosts finish, in batch order: findings.jsonl,
 * hosts.csv, errors.jsonl, and at the end summary.json and report.html (or wuhealth.prom, or the
 * fleet's Nagios status). Used by one thread.
 *
 * <p>Everything is written to temporary files ({@link AtomicFile#temporaryFor}) that replace the
 * outputs together when the run is complete ({@link Temporaries#publish}): an interrupted or failed
 * run leaves the previous run's results as they were and no temporary behind. An existing file of
 * an output's name that wuhealth did not write (an input called summary.json) is never replaced.
 * Text is written as UTF-8 with replacement, so that a lone surrogate escape in a host name
 * ("APP\ud800X") becomes U+FFFD instead of an exception that lost the whole batch.
 */
final class BatchOutputs implements AutoCloseable {
  static final String FINDINGS = "findings.jsonl";
  static final String HOSTS = "hosts.csv";
  static final String ERRORS = "errors.jsonl";
  static final String SUMMARY = "summary.json";
  static final String REPORT = "report.html";
  static final String METRICS = "wuhealth.prom";

  /** Version of the batch output shapes; bumped only on incompatible changes. */
  static final int FORMAT_VERSION = 1;

  /** Unreadable inputs listed in the HTML report (errors.jsonl has them all). */
  static final int HTML_ERRORS = 100;

  private final Path dir;
  private final BatchFormat format;
  private final List<Temporaries.Rename> outputs = new ArrayList<>();
  private final Writer findings;
  private final Writer hosts;
  private final Writer errors;

  /**
   * The report's host rows, one file per worst severity (critical first, hosts without findings
   * last), so that the table lists the worst hosts first while no row is held in memory.
   */
  private final List<Path> rowFiles = new ArrayList<>();

  private final List<Writer> rows = new ArrayList<>();
  private final List<String[]> firstErrors = new ArrayList<>();
  private final PrometheusMetrics metrics;
  private final NagiosReport.Fleet nagios;

  BatchOutputs(Path dir, BatchFormat format, MonitoringThresholds thresholds) throws IOException {
    this.dir = dir;
    this.format = format;
    Files.createDirectories(dir);
    for (String name : OutputFolder.NAMES) {
      OutputFolder.checkReplaceable(dir.resolve(name));
    }
    findings = format.jsonl() ? open(FINDINGS) : null;
    hosts = format.csv() ? open(HOSTS) : null;
    if (hosts != null) {
      hosts.write(Csv.row(HostRenderer.CSV_HEADER));
    }
    errors = open(ERRORS);
    if (format.html()) {
      for (int level = 0; level <= Severity.values().length; level++) {
        Path file = AtomicFile.temporaryFor(dir.resolve("report-rows-" + level));
        rowFiles.add(file);
        rows.add(create(file));
      }
    }
    metrics = format == BatchFormat.prometheus ? PrometheusMetrics.spilling(dir) : null;
    nagios = format == BatchFormat.nagios ? new NagiosReport.Fleet(thresholds) : null;
  }

  /** A writer of the output {@code name}, into its temporary until {@link #finish}. */
  private Writer open(String name) throws IOException {
    Path target = dir.resolve(name);
    Path temporary = AtomicFile.temporaryFor(target);
    Writer w = create(temporary);
    outputs.add(new Temporaries.Rename(temporary, target));
    return w;
  }

  /** A new temporary file, UTF-8 with replacement (OutputStreamWriter's, not the reporting one). */
  private static Writer create(Path temporary) throws IOException {
    Temporaries.add(temporary);
    return new BufferedWriter(
        new OutputStreamWriter(
            Files.newOutputStream(
                temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            StandardCharsets.UTF_8),
        1 << 16);
  }

  void host(HostReport r) throws IOException {
    if (findings != null) {
      findings.write(r.findingsJsonl());
    }
    if (hosts != null) {
      hosts.write(r.csvRow());
    }
    if (!rows.isEmpty()) {
      Severity worst = r.tally().worst();
      rows.get(worst == null ? Severity.values().length : worst.ordinal()).write(r.htmlRow());
    }
    if (metrics != null) {
      metrics.host(r.summary());
    }
    if (nagios != null) {
      nagios.host(r.summary());
    }
  }

  void error(String file, String message) throws IOException {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("file", file);
    n.put("message", message);
    errors.write(n.toString());
    errors.write('\n');
    if (firstErrors.size() < HTML_ERRORS) {
      firstErrors.add(new String[] {file, message});
    }
    if (metrics != null) {
      metrics.failed(file);
    }
    if (nagios != null) {
      nagios.unreadable(file, message);
    }
  }

  /**
   * Appends the fleet findings, writes summary.json, report.html and wuhealth.prom, and closes
   * everything; returns the fleet's Nagios status with --format nagios, else null.
   */
  NagiosReport.Output finish(
      String version, Tally tally, FleetAnalyzer.Result fleet, Severity failOn) throws IOException {
    if (findings != null) {
      StringWriter lines = new StringWriter();
      int rank = 1;
      for (Finding f : fleet.findings()) {
        HostRenderer.writeFinding(lines, "fleet", null, null, null, rank++, f);
      }
      findings.write(lines.toString());
    }
    closeWriters();
    try (Writer out = open(SUMMARY)) {
      out.write(SnapshotWriter.pretty(summary(version, tally, fleet, failOn)));
    }
    if (format.html()) {
      try (Writer out = open(REPORT)) {
        HtmlReport.write(
            out, new HtmlReport.Data(version, tally, fleet, firstErrors, failOn), rowFiles);
      }
      for (Path file : rowFiles) {
        Temporaries.delete(file);
      }
    }
    if (metrics != null) {
      metrics.fleet(fleet.findings());
      try (Writer out = open(METRICS)) {
        metrics.writeTo(out);
      }
    }
    Temporaries.publish(outputs);
    outputs.clear();
    if (nagios != null) {
      nagios.fleetFindings(fleet.findings());
      return nagios.render();
    }
    return null;
  }

  static ObjectNode summary(String version, Tally t, FleetAnalyzer.Result fleet, Severity failOn) {
    ObjectNode root = JsonReport.header(version, "batchFormat", FORMAT_VERSION);
    ObjectNode inputs = root.putObject("inputs");
    inputs.put("total", t.inputs);
    inputs.put("analyzed", t.analyzed);
    inputs.put("failed", t.failed);
    inputs.put("skipped", t.skipped);
    if (failOn == null) {
      root.putNull("failOn");
    } else {
      root.put("failOn", failOn.label());
    }
    root.put("hostsAtOrAboveFailOn", failOn == null ? 0 : t.hostsAtLeast(failOn));
    root.set("knowledge", knowledge(t));
    ObjectNode worst = root.putObject("hostsByWorstSeverity");
    for (Severity s : Severity.values()) {
      worst.put(s.label(), t.worst.getOrDefault(s, 0L));
    }
    worst.put("none", t.clean);
    ArrayNode rules = root.putArray("findingsByRule");
    t.rules.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, Tally.RuleCount> e) -> -e.getValue().hosts)
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e ->
                rules
                    .addObject()
                    .put("ruleId", e.getKey())
                    .put("title", e.getValue().title)
                    .put("worstSeverity", e.getValue().worst.label())
                    .put("hosts", e.getValue().hosts)
                    .put("findings", e.getValue().findings));
    ArrayNode os = root.putArray("hostsByOsAndBuild");
    t.osBuilds.forEach(
        (name, builds) ->
            builds.forEach(
                (build, n) -> os.addObject().put("os", name).put("build", build).put("hosts", n)));
    ArrayNode fleetFindings = root.putArray("fleetFindings");
    int rank = 1;
    for (Finding x : fleet.findings()) {
      ObjectNode n = fleetFindings.addObject();
      n.put("rank", rank++);
      n.put("ruleId", x.ruleId());
      n.put("title", x.title());
      n.put("severity", x.severity().label());
      n.put("confidence", x.confidence().label());
      x.evidence().forEach(n.putArray("evidence")::add);
      x.remediation().forEach(n.putArray("remediation")::add);
      x.references().forEach(n.putArray("references")::add);
    }
    ArrayNode checks = root.putArray("fleetChecks");
    fleet
        .machines()
        .forEach(
            (ruleId, machines) -> {
              ObjectNode n =
                  checks.addObject().put("ruleId", ruleId).put("hostsWithData", machines);
              SkippedCheck skipped =
                  fleet.skipped().stream()
                      .filter(s -> s.ruleId().equals(ruleId))
                      .findFirst()
                      .orElse(null);
              n.put("skipped", skipped != null);
              ArrayNode missing = n.putArray("missing");
              if (skipped != null) {
                skipped.missing().forEach(m -> missing.add(m.text()));
              }
            });
    return root;
  }

  /** The update knowledge the hosts were analysed with, and how many hosts were newer than it. */
  private static ObjectNode knowledge(Tally t) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    if (t.knowledge == null) {
      n.putNull("updatesTo");
      n.putNull("origin");
    } else {
      n.put("updatesTo", t.knowledge.updatesTo().toString());
      n.put("origin", t.knowledge.bundled() ? "bundled" : "updated");
    }
    if (t.knowledge == null || t.knowledge.updatedOn() == null) {
      n.putNull("updatedOn");
    } else {
      n.put("updatedOn", t.knowledge.updatedOn().toString());
    }
    n.put("hostsNewerThanKnowledge", t.newerThanKnowledge);
    return n;
  }

  /** Closes everything; outputs not published by {@link #finish} are removed, the old kept. */
  @Override
  public void close() throws IOException {
    closeWriters();
    if (metrics != null) {
      metrics.close();
    }
    for (Temporaries.Rename r : outputs) {
      Temporaries.delete(r.temporary());
    }
    for (Path file : rowFiles) {
      Temporaries.delete(file);
    }
  }

  private void closeWriters() throws IOException {
    for (Writer w : new Writer[] {findings, hosts, errors}) {
      if (w != null) {
        w.close();
      }
    }
    for (Writer w : rows) {
      w.close();
    }
  }
}

package org.wuhealth.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Finding;
import org.wuhealth.io.AtomicFile;
import org.wuhealth.io.Temporaries;
import org.wuhealth.rules.api.Severity;

/**
 * The Prometheus text exposition format ({@code --format prometheus}), as windows_exporter's
 * textfile collector and node_exporter's read it: each metric family once, with HELP and TYPE, all
 * its samples together, label values escaped.
 *
 * <p>A scan of this machine has no host labels (the exporter adds its own instance label), so its
 * series read {@code wuhealth_findings{severity="high"} 2}; analyze and batch label every series
 * with the {@code source} (the input as named) and the {@code host}. Families are filled host by
 * host and written at the end; a batch spills them to temporary files so that its memory does not
 * grow with the fleet.
 */
public final class PrometheusMetrics implements AutoCloseable {
  /** The metric families, in the order they are written. */
  enum Family {
    SCAN_SUCCESS(
        "wuhealth_scan_success",
        "1 when the host's facts were read and analysed; 0 when the input could not be read or the"
            + " live collection failed (then no other series is given for it)."),
    SCAN_TIMESTAMP(
        "wuhealth_scan_timestamp_seconds",
        "When the analysed facts were collected, in seconds since the Unix epoch."),
    FINDINGS("wuhealth_findings", "Findings on the host, by severity."),
    RULE_FINDINGS(
        "wuhealth_rule_findings", "Findings on the host by rule, severity and confidence."),
    CHECKS_SKIPPED(
        "wuhealth_checks_skipped",
        "Checks that could not run because the facts they need were not collected."),
    SOURCES_NOT_READ(
        "wuhealth_sources_not_read",
        "Sources of facts that could not be read (collection issues); their checks are unknown,"
            + " not healthy."),
    // In seconds, Prometheus's base unit (promtool rejects a _days metric), not days as reports
    // say.
    KNOWLEDGE_AGE(
        "wuhealth_knowledge_age_seconds",
        "Time from the newest update the update knowledge lists to the evaluation time; wuhealth"
            + " kb update refreshes it."),
    NEWER_THAN_KNOWLEDGE(
        "wuhealth_host_newer_than_knowledge",
        "1 when the host runs a build or has updates newer than the update knowledge: findings"
            + " that rely on the latest update or on supersedence were lowered to possible."),
    FLEET_FINDINGS(
        "wuhealth_fleet_findings",
        "Findings of the fleet rules across all hosts of a batch, by rule, severity and"
            + " confidence.");

    final String metric;
    final String help;

    Family(String metric, String help) {
      this.metric = metric;
      this.help = help;
    }
  }

  private final boolean hostLabels;
  private final Path spillFolder;
  private final Map<Family, Writer> samples = new EnumMap<>(Family.class);
  private final Map<Family, Path> spilled = new EnumMap<>(Family.class);

  private PrometheusMetrics(boolean hostLabels, Path spillFolder) {
    this.hostLabels = hostLabels;
    this.spillFolder = spillFolder;
  }

  /** Metrics kept in memory: for analyze and scan. */
  public static PrometheusMetrics inMemory(boolean hostLabels) {
    return new PrometheusMetrics(hostLabels, null);
  }

  /** Metrics spilled to temporary files in {@code folder} until written: for a batch. */
  public static PrometheusMetrics spilling(Path folder) {
    return new PrometheusMetrics(true, folder);
  }

  /** The metrics of analyze or scan results as one text. */
  public static String render(
      List<AnalysisResult> results, List<JsonReport.InputError> errors, boolean hostLabels) {
    try (PrometheusMetrics m = inMemory(hostLabels)) {
      results.forEach(r -> m.host(MonitoringSummary.of(r)));
      errors.forEach(e -> m.failed(e.file()));
      StringWriter out = new StringWriter();
      m.writeTo(out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a scan writes when the live collection failed: only {@code wuhealth_scan_success 0}. */
  public static String collectionFailed() {
    return header(Family.SCAN_SUCCESS) + Family.SCAN_SUCCESS.metric + " 0\n";
  }

  public void host(MonitoringSummary s) {
    List<String> host = new ArrayList<>();
    if (hostLabels) {
      host.add(label("source", s.source()));
      host.add(label("host", s.host()));
    }
    sample(Family.SCAN_SUCCESS, host, "1");
    sample(Family.SCAN_TIMESTAMP, host, seconds(s.collectedAt()));
    for (Severity severity : Severity.values()) {
      sample(
          Family.FINDINGS,
          with(host, label("severity", severity.label())),
          String.valueOf(s.bySeverity().get(severity)));
    }
    for (MonitoringSummary.RuleCount rule : s.rules()) {
      sample(
          Family.RULE_FINDINGS,
          with(
              host,
              label("rule", rule.ruleId()),
              label("severity", rule.severity().label()),
              label("confidence", rule.confidence().label())),
          String.valueOf(rule.findings()));
    }
    sample(Family.CHECKS_SKIPPED, host, String.valueOf(s.skippedChecks()));
    sample(Family.SOURCES_NOT_READ, host, String.valueOf(s.notRead().size()));
    sample(Family.KNOWLEDGE_AGE, host, String.valueOf(s.knowledgeAgeDays() * 86_400L));
    sample(Family.NEWER_THAN_KNOWLEDGE, host, s.newerThanKnowledge() ? "1" : "0");
  }

  /** An input that could not be read or analysed. */
  public void failed(String source) {
    sample(Family.SCAN_SUCCESS, List.of(label("source", source)), "0");
  }

  /** The fleet findings of a batch, one series per rule, severity and confidence. */
  public void fleet(List<Finding> findings) {
    Map<String, Integer> series = new LinkedHashMap<>();
    for (Finding f : findings) {
      String labels =
          "{"
              + String.join(
                  ",",
                  label("rule", f.ruleId()),
                  label("severity", f.severity().label()),
                  label("confidence", f.confidence().label()))
              + "}";
      series.merge(labels, 1, Integer::sum);
    }
    series.forEach(
        (labels, n) ->
            write(Family.FLEET_FINDINGS, Family.FLEET_FINDINGS.metric + labels + " " + n));
  }

  /** Writes every family that has samples, in {@link Family} order. */
  public void writeTo(Writer out) throws IOException {
    for (Family family : Family.values()) {
      Writer w = samples.get(family);
      if (w == null) {
        continue;
      }
      w.flush();
      out.write(header(family));
      try (Reader in = contents(family, w)) {
        in.transferTo(out);
      }
    }
    out.flush();
  }

  /** Writes the metrics to {@code file} in one step (a textfile collector may be reading it). */
  public void writeTo(Path file) throws IOException {
    AtomicFile.write(file, this::writeTo);
  }

  @Override
  public void close() throws IOException {
    for (Writer w : samples.values()) {
      w.close();
    }
    for (Path p : spilled.values()) {
      Temporaries.delete(p);
    }
  }

  private void sample(Family family, List<String> labels, String value) {
    write(
        family,
        family.metric
            + (labels.isEmpty() ? "" : "{" + String.join(",", labels) + "}")
            + " "
            + value);
  }

  private void write(Family family, String line) {
    try {
      Writer w = samples.get(family);
      if (w == null) {
        w = open(family);
        samples.put(family, w);
      }
      w.write(line);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Writer open(Family family) throws IOException {
    if (spillFolder == null) {
      return new StringWriter();
    }
    Path file = AtomicFile.temporaryFor(spillFolder.resolve(family.metric));
    spilled.put(family, file);
    Temporaries.add(file);
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  private Reader contents(Family family, Writer w) throws IOException {
    if (w instanceof StringWriter s) {
      return new StringReader(s.toString());
    }
    return Files.newBufferedReader(spilled.get(family), StandardCharsets.UTF_8);
  }

  private static String header(Family family) {
    return "# HELP "
        + family.metric
        + " "
        + family.help.replace("\\", "\\\\").replace("\n", "\\n")
        + "\n# TYPE "
        + family.metric
        + " gauge\n";
  }

  private static List<String> with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  /** {@code name="value"} with backslash, double quote and line feed escaped as the format says. */
  static String label(String name, String value) {
    StringBuilder out = new StringBuilder(name).append("=\"");
    String v = value == null ? "" : value;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Seconds since the epoch, exact, without an exponent ("1763626531.25"). */
  static String seconds(Instant t) {
    return BigDecimal.valueOf(t.getEpochSecond())
        .add(BigDecimal.valueOf(t.getNano(), 9))
        .stripTrailingZeros()
        .toPlainString();
  }
}

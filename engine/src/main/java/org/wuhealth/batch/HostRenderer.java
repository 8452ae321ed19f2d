package org.wuhealth.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Finding;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.report.FindingJson;
import org.wuhealth.report.TextReport;
import org.wuhealth.rules.api.Severity;

/** Renders one analysed host into its pieces of the batch outputs. Thread-safe. */
final class HostRenderer {
  static final List<String> CSV_HEADER =
      List.of(
          "source",
          "host",
          "as_of",
          "collected_at",
          "domain",
          "os",
          "build",
          "ubr",
          "architecture",
          "worst_severity",
          "findings",
          "top_rule",
          "top_finding",
          "skipped_checks",
          "warnings",
          "knowledge_age_days",
          "newer_than_knowledge");

  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter COLLECTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final BatchFormat format;

  HostRenderer(BatchFormat format) {
    this.format = format;
  }

  Tally.Entry tally(AnalysisResult r) {
    Map<String, Tally.RuleHit> rules = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      Tally.RuleHit seen = rules.get(f.ruleId());
      rules.put(
          f.ruleId(),
          seen == null
              ? new Tally.RuleHit(f.ruleId(), f.title(), f.severity(), 1)
              : new Tally.RuleHit(
                  f.ruleId(),
                  f.title(),
                  f.severity().compareTo(seen.severity()) < 0 ? f.severity() : seen.severity(),
                  seen.findings() + 1));
    }
    OsInfo os = r.snapshot().os();
    return new Tally.Entry(
        r.worstSeverity().orElse(null),
        List.copyOf(rules.values()),
        OsNames.of(os.productName()),
        build(os),
        r.knowledge().edition(),
        r.knowledge().hostIsNewer());
  }

  String findingsJsonl(int index, AnalysisResult r) {
    if (!format.jsonl() || r.findings().isEmpty()) {
      return "";
    }
    StringWriter out = new StringWriter();
    int rank = 1;
    for (Finding f : r.findings()) {
      writeFinding(out, "host", index, r.source(), r.snapshot(), rank++, f);
    }
    return out.toString();
  }

  /** One line of findings.jsonl; fleet findings have no host and rank among fleet findings. */
  static void writeFinding(
      StringWriter out,
      String scope,
      Integer index,
      String source,
      Snapshot s,
      int rank,
      Finding f) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("scope", scope);
      if (index == null) {
        g.writeNullField("index");
      } else {
        g.writeNumberField("index", index);
      }
      g.writeStringField("source", source);
      g.writeStringField("host", s == null ? null : s.hostName());
      g.writeStringField("domain", s == null || s.host() == null ? null : s.host().domain());
      FindingJson.members(g, f, rank, FindingJson.Shape.LINE, false);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
  }

  String csvRow(AnalysisResult r) {
    if (!format.csv()) {
      return null;
    }
    Snapshot s = r.snapshot();
    OsInfo os = s.os();
    Finding top = r.findings().isEmpty() ? null : r.findings().get(0);
    List<String> v = new ArrayList<>();
    v.add(r.source());
    v.add(s.hostName());
    v.add(TextReport.asOf(r));
    v.add(s.collectedAt() == null ? null : s.collectedAt().toString());
    v.add(s.host() == null ? null : s.host().domain());
    v.add(os.productName());
    v.add(String.valueOf(os.build()));
    v.add(os.ubr() == null ? null : String.valueOf(os.ubr()));
    v.add(os.architecture() == null ? null : os.architecture().wire());
    v.add(r.worstSeverity().map(Severity::label).orElse("none"));
    v.add(String.valueOf(r.findings().size()));
    v.add(top == null ? null : top.ruleId());
    v.add(top == null ? null : top.title());
    v.add(String.valueOf(r.skipped().size()));
    v.add(String.valueOf(r.warnings().size()));
    v.add(String.valueOf(r.knowledge().ageDays()));
    v.add(String.valueOf(r.knowledge().hostIsNewer()));
    return Csv.row(v);
  }

  String htmlRow(int index, AnalysisResult r) {
    if (!format.html()) {
      return null;
    }
    Snapshot s = r.snapshot();
    OsInfo os = s.os();
    Severity worst = r.worstSeverity().orElse(null);
    String sev = worst == null ? "none" : worst.label();
    StringBuilder b = new StringBuilder(512);
    b.append("<tr data-index=\"")
        .append(index)
        .append("\" data-host=\"")
        .append(Html.text(s.hostName().toLowerCase(Locale.ROOT)))
        .append("\" data-os=\"")
        .append(Html.text(OsNames.of(os.productName())))
        .append("\" data-build=\"")
        .append((long) os.build() * 1_000_000L + (os.ubr() == null ? 0 : os.ubr()))
        .append("\" data-collected=\"")
        .append(s.collectedAt() == null ? "" : s.collectedAt().toString())
        .append("\" data-sev=\"")
        .append(worst == null ? Severity.values().length : worst.ordinal())
        .append("\" data-count=\"")
        .append(r.findings().size())
        .append("\" data-level=\"")
        .append(sev)
        .append("\"><td class=\"host\">")
        .append(Html.text(s.hostName()))
        .append("<div class=\"src\">")
        .append(Html.text(r.source()))
        .append("</div><div class=\"src\">as of ")
        .append(TextReport.asOf(r))
        .append("</div></td><td>")
        .append(Html.text(OsNames.of(os.productName())))
        .append("</td><td class=\"num\">")
        .append(Html.text(build(os)))
        .append("</td><td class=\"num\">")
        .append(collected(s))
        .append("</td><td><span class=\"sev sev-")
        .append(sev)
        .append("\">")
        .append(sev)
        .append("</span></td><td class=\"num\">")
        .append(r.findings().size())
        .append("</td><td>");
    if (r.findings().isEmpty()) {
      b.append(r.skipped().isEmpty() ? "no findings" : "no findings; ")
          .append(r.skipped().isEmpty() ? "" : r.skipped().size() + " checks skipped");
      warnings(b, r);
    } else {
      b.append("<details><summary>").append(Html.text(r.findings().get(0).title()));
      if (r.findings().size() > 1) {
        b.append(" (+").append(r.findings().size() - 1).append(" more)");
      }
      b.append("</summary><ol>");
      for (Finding f : r.findings()) {
        b.append("<li><span class=\"sev sev-")
            .append(f.severity().label())
            .append("\">")
            .append(f.severity().label())
            .append("</span> <b>")
            .append(Html.text(f.ruleId()))
            .append("</b> ")
            .append(Html.text(f.title()))
            .append(" <i>(")
            .append(f.confidence().label())
            .append(")</i><ul>");
        for (String e : f.evidence()) {
          b.append("<li>").append(Html.text(e)).append("</li>");
        }
        if (!f.remediation().isEmpty()) {
          b.append("<li class=\"fix\">fix: ")
              .append(Html.text(f.remediation().get(0)))
              .append("</li>");
        }
        b.append("</ul></li>");
      }
      b.append("</ol></details>");
      warnings(b, r);
    }
    return b.append("</td></tr>\n").toString();
  }

  /** The host's warnings (an old snapshot, a check that could not judge), one line each. */
  private static void warnings(StringBuilder b, AnalysisResult r) {
    for (String w : r.warnings()) {
      b.append("<div class=\"warn\">warning: ").append(Html.text(w)).append("</div>");
    }
  }

  /** "2026-11-20 08:15" (UTC), the time the facts were collected. */
  private static String collected(Snapshot s) {
    return s.collectedAt() == null
        ? ""
        : COLLECTED.format(s.collectedAt().atOffset(ZoneOffset.UTC));
  }

  static String build(OsInfo os) {
    return os.ubr() == null ? String.valueOf(os.build()) : os.build() + "." + os.ubr();
  }
}

package org.wuhealth.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wuhealth.authoring.FactDescription;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Finding;
import org.wuhealth.engine.SkippedCheck;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.rules.api.Severity;

/**
 * The report for people: per host a header, a compact ranked table, then evidence and the first
 * remediation step of each finding, then what could not be checked. Colour (ANSI) only when asked,
 * which the CLI does only on a terminal.
 */
public final class TextReport {
  private static final String RESET = "\u001B[0m";

  private TextReport() {}

  public static String render(List<AnalysisResult> results, boolean color, boolean explain) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      host(out, results.get(i), color, explain);
    }
    long newer = results.stream().filter(r -> r.knowledge().hostIsNewer()).count();
    if (newer > 0) {
      out.append('\n').append(KnowledgeHint.text(newer, results.size())).append('\n');
    }
    return out.toString();
  }

  private static void host(StringBuilder out, AnalysisResult r, boolean color, boolean explain) {
    header(out, r, color);
    out.append("  ").append(KnowledgeHint.state(r.knowledge())).append('\n');
    if (r.findings().isEmpty()) {
      out.append("  no findings")
          .append(
              r.skipped().isEmpty()
                  ? ""
                  : " (but " + r.skipped().size() + " checks could not run, see below)")
          .append('\n');
    } else {
      table(out, r.findings(), color, explain);
    }
    for (String w : r.warnings()) {
      out.append("  warning: ").append(w).append('\n');
    }
    skipped(out, r.skipped());
  }

  /**
   * "FILE HOST (Windows Server 2016 Datacenter, build 14393.9418, x64)", with the release name
   * after the product name when it is known ("Windows Server 2025 Standard 24H2"), and a newline.
   */
  static void header(StringBuilder out, AnalysisResult r, boolean color) {
    OsInfo os = r.snapshot().os();
    out.append(bold(r.source(), color))
        .append("  ")
        .append(r.snapshot().hostName())
        .append(" (")
        .append(os.productName() != null ? os.productName() : "Windows");
    if (os.displayVersion() != null) {
      out.append(' ').append(os.displayVersion());
    }
    out.append(", build ").append(os.buildLabel());
    if (os.architecture() != null) {
      out.append(", ").append(os.architecture().wire());
    }
    out.append(")\n");
  }

  static void table(StringBuilder out, List<Finding> findings, boolean color, boolean explain) {
    int idWidth = Math.max(4, findings.stream().mapToInt(f -> f.ruleId().length()).max().orElse(4));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-3s %-8s  %-10s  %-" + idWidth + "s  %s%n",
            "#",
            "SEVERITY",
            "CONFIDENCE",
            "RULE",
            "FINDING"));
    int rank = 1;
    for (Finding f : findings) {
      String severity = String.format(Locale.ROOT, "%-8s", f.severity().label());
      out.append(String.format(Locale.ROOT, "  %-3d ", rank++))
          .append(color ? paint(severity, f.severity()) : severity)
          .append(
              String.format(
                  Locale.ROOT,
                  "  %-10s  %-" + idWidth + "s  %s%n",
                  f.confidence().label(),
                  f.ruleId(),
                  f.title()));
      if (f.explains() != null) {
        out.append("        explains: ").append(f.explains()).append('\n');
      }
      for (String e : f.evidence()) {
        out.append("        - ").append(e).append('\n');
      }
      if (!f.remediation().isEmpty()) {
        out.append("        fix: ").append(f.remediation().get(0)).append('\n');
      }
      if (explain) {
        out.append("        matched:\n");
        for (Object fact : f.matched()) {
          out.append("          ").append(FactDescription.of(fact)).append('\n');
        }
      }
    }
  }

  /** Skipped checks grouped by what was missing: one line per group, in catalogue order. */
  private static void skipped(StringBuilder out, List<SkippedCheck> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    Map<String, List<String>> byMissing = new LinkedHashMap<>();
    for (SkippedCheck s : skipped) {
      String missing =
          "no "
              + String.join(
                  ", no ", s.missing().stream().map(m -> m.replace("|", " or ")).toList());
      byMissing.computeIfAbsent(missing, k -> new ArrayList<>()).add(s.ruleId());
    }
    out.append("  not checked (facts not collected):\n");
    byMissing.forEach(
        (missing, ids) ->
            out.append("    ")
                .append(missing)
                .append(": ")
                .append(String.join(", ", ids))
                .append('\n'));
  }

  private static String bold(String text, boolean color) {
    return color ? "\u001B[1m" + text + RESET : text;
  }

  private static String paint(String text, Severity severity) {
    String code =
        switch (severity) {
          case CRITICAL -> "\u001B[1;31m";
          case HIGH -> "\u001B[31m";
          case MEDIUM -> "\u001B[33m";
          case LOW -> "\u001B[36m";
          case INFO -> "\u001B[37m";
        };
    return code + text + RESET;
  }
}

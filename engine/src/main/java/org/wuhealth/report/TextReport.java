package org.wuhealth.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.FactDescription;
import org.wuhealth.engine.Finding;
import org.wuhealth.engine.SkippedCheck;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.catalog.Requirement;

/**
 * The report for people: per host a header, a compact ranked table, then evidence and the first
 * remediation step of each finding, then what could not be checked. Colour (ANSI) only when asked,
 * which the CLI does only on a terminal.
 */
public final class TextReport {
  private static final String RESET = "\u001B[0m";

  private TextReport() {}

  /** What to print beside the findings. */
  public record Options(boolean color, boolean explain, boolean listNotChecked) {}

  public static String render(List<AnalysisResult> results, Options options) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      host(out, results.get(i), options);
    }
    long newer = results.stream().filter(r -> r.knowledge().hostIsNewer()).count();
    if (newer > 0) {
      out.append('\n').append(KnowledgeHint.text(newer, results.size())).append('\n');
    }
    return out.toString();
  }

  private static void host(StringBuilder out, AnalysisResult r, Options options) {
    boolean color = options.color();
    header(out, r, color);
    out.append("  ").append(KnowledgeHint.state(r.knowledge())).append('\n');
    if (r.findings().isEmpty()) {
      out.append(
          r.skipped().isEmpty() ? "  no findings\n" : "  no findings from the checks that ran\n");
    } else {
      table(out, r.findings(), color, options.explain());
    }
    for (String w : r.warnings()) {
      out.append("  warning: ").append(TerminalText.clean(w)).append('\n');
    }
    if (options.listNotChecked()) {
      skipped(out, r.skipped());
    } else {
      notCheckedSummary(out, r.skipped());
    }
  }

  /** Facts named in the one-line summary; the rest are "...". */
  private static final int SUMMARY_FACTS = 4;

  /**
   * "23 checks not run: no services, no wsus.role, ... (-v lists them)": one line, so that the
   * findings stay on the first screen. The missing facts come most-needed first.
   */
  static void notCheckedSummary(StringBuilder out, List<SkippedCheck> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    Map<String, Integer> needed = new LinkedHashMap<>();
    long unjudged = 0;
    for (SkippedCheck s : skipped) {
      if (s.reason() != null) {
        unjudged++;
      }
      for (Requirement m : s.missing()) {
        needed.merge(m.describe(), 1, Integer::sum);
      }
    }
    List<String> facts =
        needed.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(e -> "no " + e.getKey())
            .toList();
    List<String> parts = new ArrayList<>(facts.subList(0, Math.min(SUMMARY_FACTS, facts.size())));
    if (facts.size() > SUMMARY_FACTS) {
      parts.add("...");
    }
    if (unjudged > 0) {
      parts.add(unjudged + " could not judge");
    }
    out.append("  ")
        .append(skipped.size())
        .append(skipped.size() == 1 ? " check" : " checks")
        .append(" not run: ")
        .append(String.join(", ", parts))
        .append(" (-v lists them)\n");
  }

  /**
   * "FILE HOST (Windows Server 2016 Datacenter, build 14393.9418, x64)", with the release name
   * after the product name when it is known ("Windows Server 2025 Standard 24H2"), and a newline.
   */
  static void header(StringBuilder out, AnalysisResult r, boolean color) {
    OsInfo os = r.snapshot().os();
    out.append(bold(TerminalText.clean(r.source()), color))
        .append("  ")
        .append(TerminalText.clean(r.snapshot().hostName()))
        .append(" (")
        .append(os.productName() != null ? TerminalText.clean(os.productName()) : "Windows");
    if (os.displayVersion() != null) {
      out.append(' ').append(TerminalText.clean(os.displayVersion()));
    }
    out.append(", build ").append(os.buildLabel());
    if (os.architecture() != null) {
      out.append(", ").append(os.architecture().wire());
    }
    out.append(")  as of ").append(asOf(r)).append('\n');
  }

  /** The day the host is judged as of (UTC), as every output shows it. */
  public static String asOf(AnalysisResult r) {
    return java.time.LocalDate.ofInstant(r.evaluatedAt(), java.time.ZoneOffset.UTC).toString();
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
        out.append("        explains: ").append(TerminalText.clean(f.explains())).append('\n');
      }
      for (String e : f.evidence()) {
        out.append("        - ").append(TerminalText.clean(e)).append('\n');
      }
      if (!f.remediation().isEmpty()) {
        out.append("        fix: ").append(TerminalText.clean(f.remediation().get(0))).append('\n');
      }
      if (explain) {
        out.append("        matched:\n");
        for (Object fact : f.matched()) {
          out.append("          ")
              .append(TerminalText.clean(FactDescription.of(fact)))
              .append('\n');
        }
      }
    }
  }

  /**
   * Skipped checks grouped by what was missing: one line per group, in catalogue order; then the
   * checks that ran and could not judge, one line each with the reason.
   */
  private static void skipped(StringBuilder out, List<SkippedCheck> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    Map<String, List<String>> byMissing = new LinkedHashMap<>();
    List<SkippedCheck> unjudged = new ArrayList<>();
    for (SkippedCheck s : skipped) {
      if (s.reason() != null) {
        unjudged.add(s);
        continue;
      }
      String missing =
          "no " + String.join(", no ", s.missing().stream().map(Requirement::describe).toList());
      byMissing.computeIfAbsent(missing, k -> new ArrayList<>()).add(s.ruleId());
    }
    out.append(
        unjudged.isEmpty()
            ? "  not checked (facts not collected):\n"
            : "  not checked (facts not collected, or not enough to judge):\n");
    byMissing.forEach(
        (missing, ids) ->
            out.append("    ")
                .append(missing)
                .append(": ")
                .append(String.join(", ", ids))
                .append('\n'));
    for (SkippedCheck s : unjudged) {
      out.append("    ")
          .append(s.ruleId())
          .append(": ")
          .append(TerminalText.clean(s.reason()))
          .append('\n');
    }
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

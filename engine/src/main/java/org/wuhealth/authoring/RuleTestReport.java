package org.wuhealth.authoring;

import java.util.List;
import java.util.Locale;
import org.wuhealth.authoring.CaseResult.Check;
import org.wuhealth.authoring.CaseResult.Status;
import org.wuhealth.engine.FactDescription;
import org.wuhealth.engine.Finding;

/**
 * The text output of {@code rules test}: one line per case, failing cases with what was expected
 * and what happened side by side, then a summary line.
 */
public final class RuleTestReport {
  private static final int LEFT = 44;

  private RuleTestReport() {}

  public static String render(List<CaseResult> results, boolean explain, long millis) {
    StringBuilder out = new StringBuilder();
    for (CaseResult r : results) {
      String label = r.label();
      switch (r.status()) {
        case PASS -> out.append("PASS   ").append(label).append('\n');
        case SKIPPED ->
            out.append("SKIP   ").append(label).append(" (").append(r.message()).append(")\n");
        case ERROR ->
            out.append("ERROR  ")
                .append(label)
                .append("\n       ")
                .append(r.message())
                .append('\n');
        case FAIL -> {
          out.append("FAIL   ").append(label).append('\n');
          sideBySide(out, r);
        }
      }
      if (explain && r.status() != Status.SKIPPED) {
        explainMatches(out, r);
      }
    }
    out.append(summary(results, millis)).append('\n');
    return out.toString();
  }

  static String summary(List<CaseResult> results, long millis) {
    long pass = count(results, Status.PASS);
    long fail = count(results, Status.FAIL);
    long error = count(results, Status.ERROR);
    long skipped = count(results, Status.SKIPPED);
    long rules = results.stream().map(CaseResult::ruleId).distinct().count();
    return String.format(
        Locale.ROOT,
        "%d passed, %d failed, %d errors, %d skipped (%d rule%s, %d cases) in %.1f s",
        pass,
        fail,
        error,
        skipped,
        rules,
        rules == 1 ? "" : "s",
        results.size(),
        millis / 1000.0);
  }

  private static long count(List<CaseResult> results, Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  private static void sideBySide(StringBuilder out, CaseResult r) {
    row(out, "expected", "actual");
    for (Check c : r.checks()) {
      row(out, c.expected(), c.ok() ? "ok" : c.actual());
    }
    if (r.fixture().endsWith("/rule.yml")) {
      return;
    }
    if (r.findings().isEmpty()) {
      row(out, "", "findings: none");
      return;
    }
    row(out, "", "findings:");
    for (Finding f : r.findings()) {
      row(out, "", f.ruleId() + " (" + f.severity().label() + ", " + f.confidence().label() + ")");
      for (String line : f.evidence()) {
        row(out, "", "  - " + line);
      }
    }
  }

  private static void row(StringBuilder out, String left, String right) {
    String l = left.length() > LEFT ? left.substring(0, LEFT - 1) + "~" : left;
    out.append("       ")
        .append(String.format(Locale.ROOT, "%-" + LEFT + "s | %s", l, right).stripTrailing())
        .append('\n');
  }

  private static void explainMatches(StringBuilder out, CaseResult r) {
    for (Finding f : r.findings()) {
      if (!f.ruleId().equals(r.ruleId())) {
        continue;
      }
      out.append("       matched by ").append(f.ruleId()).append(":\n");
      for (Object fact : f.matched()) {
        out.append("         ").append(FactDescription.of(fact)).append('\n');
      }
    }
  }
}

package org.wuhealth.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.wuhealth.authoring.CaseResult.Status;
import org.wuhealth.rules.catalog.RuleDefinition;

/**
 * Which rules the fixtures exercise: how many fixtures (of any folder) made each rule fire, and how
 * many of its own near misses kept it quiet. A rule with no firing fixture is untested; one without
 * a near miss may fire far too often.
 */
public final class RuleCoverage {
  /** Coverage of one rule. */
  public record Line(String ruleId, int firedBy, int nearMisses) {}

  private RuleCoverage() {}

  public static List<Line> compute(List<RuleDefinition> rules, List<CaseResult> results) {
    List<Line> lines = new ArrayList<>();
    List<CaseResult> fixtureCases =
        results.stream()
            .filter(
                r ->
                    !r.name().contains(" without ")
                        && r.status() != Status.SKIPPED
                        && r.status() != Status.ERROR)
            .toList();
    for (RuleDefinition rule : rules) {
      Set<String> firing = new TreeSet<>();
      int nearMisses = 0;
      for (CaseResult c : fixtureCases) {
        if (c.fired(rule.id())) {
          firing.add(c.fixture());
        }
        if (c.ruleId().equals(rule.id()) && c.name().startsWith("ok-") && !c.fired(rule.id())) {
          nearMisses++;
        }
      }
      lines.add(new Line(rule.id(), firing.size(), nearMisses));
    }
    return lines;
  }

  public static String render(List<Line> lines) {
    int width = Math.max(4, lines.stream().mapToInt(l -> l.ruleId().length()).max().orElse(4));
    StringBuilder out = new StringBuilder("coverage:\n");
    out.append(
        String.format(
            Locale.ROOT, "  %-" + width + "s  %8s  %11s%n", "RULE", "FIRED BY", "NEAR MISSES"));
    for (Line l : lines) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-" + width + "s  %8d  %11d%n",
              l.ruleId(),
              l.firedBy(),
              l.nearMisses()));
    }
    List<String> neverFired =
        lines.stream().filter(l -> l.firedBy() == 0).map(Line::ruleId).toList();
    List<String> neverQuiet =
        lines.stream().filter(l -> l.nearMisses() == 0).map(Line::ruleId).toList();
    out.append("  never fired by a fixture: ")
        .append(neverFired.isEmpty() ? "none" : String.join(", ", neverFired))
        .append('\n');
    out.append("  never kept quiet by a near miss: ")
        .append(neverQuiet.isEmpty() ? "none" : String.join(", ", neverQuiet))
        .append('\n');
    return out.toString();
  }
}

package org.wuhealth.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.wuhealth.engine.Spelling;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.Requirement;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.rules.catalog.RuleMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth rules explain ID}: everything about one rule. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Shows a rule's metadata, remediation, guide section and fixtures.")
public final class RulesExplainCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;

  @Mixin RuleOptions rules = new RuleOptions();

  @Parameters(paramLabel = "ID", description = "The rule id, e.g. NA-MISSING-PREREQ.")
  String id;

  @Override
  public Integer call() {
    var set = rules.ruleSet();
    RuleDefinition rule =
        set.rules().stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(() -> unknown(set.rules().stream().map(RuleDefinition::id).toList()));
    RuleMetadata m = rule.metadata();
    StringBuilder out = new StringBuilder();
    out.append(m.id()).append("  ").append(m.title()).append('\n');
    out.append("  category: ")
        .append(m.category())
        .append("   symptom: ")
        .append(m.symptom().label())
        .append(m.isTriggeredBySymptom() ? " (fires only when present)" : "")
        .append("   severity: ")
        .append(m.severity().label())
        .append("   confidence: ")
        .append(m.confidence().label())
        .append('\n');
    out.append("  guide: ").append(m.guide()).append('\n');
    out.append("  requires: ")
        .append(
            m.requires().isEmpty()
                ? "nothing"
                : String.join(", ", m.requires().stream().map(Requirement::describe).toList()))
        .append('\n');
    out.append("  source: ").append(rule.sourceName()).append('\n');
    if (m.disabled() != null) {
      out.append("  disabled: ").append(m.disabled()).append('\n');
    }
    out.append('\n').append(indent(m.description().strip())).append("\n\n  remediation:\n");
    int step = 1;
    for (String s : m.remediation()) {
      out.append("    ").append(step++).append(". ").append(s).append('\n');
    }
    if (!m.falsePositives().isEmpty()) {
      out.append("  known false positives:\n");
      m.falsePositives().forEach(f -> out.append("    - ").append(f).append('\n'));
    }
    out.append("  references:\n");
    m.references().forEach(r -> out.append("    - ").append(r).append('\n'));
    out.append("  fixtures:\n");
    for (Fixture f : rule.fixtures()) {
      out.append("    ")
          .append(f.name())
          .append(f.expectFires() ? " (must fire)" : " (must stay quiet)")
          .append('\n');
    }
    parent.io().out().print(out);
    parent.io().out().flush();
    return ExitCodes.OK;
  }

  /** The closest id when one is close, else where an author's own rule would be found. */
  private UserError unknown(List<String> ids) {
    String hint =
        Spelling.closest(id, ids)
            .map(k -> "; did you mean " + k + "?")
            .orElse(
                rules.ruleDirs.isEmpty()
                    ? "; for a rule of your own, give its directory: wuhealth rules explain"
                        + " --rules DIR "
                        + id
                    : " (see 'wuhealth rules list --rules DIR')");
    return new UserError("unknown rule " + id + hint);
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}

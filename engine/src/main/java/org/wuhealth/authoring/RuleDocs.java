package org.wuhealth.authoring;

import java.util.List;
import java.util.Locale;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.rules.catalog.RuleMetadata;

/**
 * The rules reference ({@code docs/rules.md}), generated from the metadata so that it cannot drift:
 * a test compares the committed file with this output.
 */
public final class RuleDocs {
  private RuleDocs() {}

  public static String markdown(List<RuleDefinition> rules) {
    StringBuilder out = new StringBuilder();
    out.append("# wuhealth rules reference\n\n");
    out.append(
        "Generated from the rule metadata by `wuhealth rules list --format markdown`; do not edit.\n");
    out.append(
        "Rules are listed in catalogue order, which is also the third ranking key of findings.\n\n");
    out.append(
        "| id | severity | confidence | symptom | title |\n| --- | --- | --- | --- | --- |\n");
    for (RuleDefinition r : rules) {
      RuleMetadata m = r.metadata();
      out.append("| [")
          .append(m.id())
          .append("](#")
          .append(m.id().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(m.severity().label())
          .append(" | ")
          .append(m.confidence().label())
          .append(" | ")
          .append(m.symptom().label())
          .append(" | ")
          .append(cell(m.title()))
          .append(" |\n");
    }
    String category = null;
    for (RuleDefinition r : rules) {
      RuleMetadata m = r.metadata();
      if (!m.category().equals(category)) {
        category = m.category();
        out.append("\n## Category: ").append(category).append('\n');
      }
      out.append("\n### ").append(m.id()).append("\n\n");
      out.append("**").append(m.title()).append("**  \n");
      out.append("Severity ")
          .append(m.severity().label())
          .append(", confidence ")
          .append(m.confidence().label())
          .append("; symptom `")
          .append(m.symptom().label())
          .append("`")
          .append(m.isTriggeredBySymptom() ? " (fires only when the symptom is present)" : "")
          .append(".  \nGuide: ")
          .append(m.guide())
          .append("  \n");
      if (!m.requires().isEmpty()) {
        out.append("Requires: ")
            .append(
                String.join(
                    ", ",
                    m.requires().stream()
                        .map(q -> "`" + String.join("` or `", q.paths()) + "`")
                        .toList()))
            .append("  \n");
      }
      if (!m.toRuleOut().isEmpty()) {
        out.append("To rule the cause out it also needs: ")
            .append(String.join(", ", m.toRuleOut().stream().map(q -> "`" + q + "`").toList()))
            .append("  \n");
      }
      if (!m.knowledge().isEmpty()) {
        out.append("Relies on the update knowledge (")
            .append(String.join(", ", m.knowledge()))
            .append("): only possible on a host newer than it (see knowledge.md)  \n");
      }
      if (m.disabled() != null) {
        out.append("Disabled: ").append(m.disabled()).append("  \n");
      }
      out.append('\n').append(m.description().strip()).append("\n\n");
      if (!m.parameters().isEmpty()) {
        out.append("Parameters:\n\n");
        m.parameters()
            .forEach(
                (name, p) ->
                    out.append("- `")
                        .append(name)
                        .append("` = ")
                        .append(p.value())
                        .append(": ")
                        .append(p.source())
                        .append('\n'));
        out.append('\n');
      }
      if (!m.manualFacts().isEmpty()) {
        out.append("Facts no importer or collector produces (add them to the snapshot):\n\n");
        m.manualFacts()
            .forEach(
                (path, how) ->
                    out.append("- `").append(path).append("`: ").append(how.strip()).append('\n'));
        out.append('\n');
      }
      out.append("Remediation:\n\n");
      int step = 1;
      for (String s : m.remediation()) {
        out.append(step++).append(". ").append(s).append('\n');
      }
      if (!m.falsePositives().isEmpty()) {
        out.append("\nKnown false positives:\n\n");
        m.falsePositives().forEach(f -> out.append("- ").append(f).append('\n'));
      }
      out.append("\nReferences:\n\n");
      m.references().forEach(ref -> out.append("- <").append(ref).append(">\n"));
      out.append("\nFixtures: ");
      out.append(
          String.join(
              ", ", r.fixtures().stream().map(Fixture::name).map(n -> "`" + n + "`").toList()));
      out.append('\n');
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}

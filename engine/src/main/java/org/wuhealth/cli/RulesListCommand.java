package org.wuhealth.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wuhealth.authoring.RuleDocs;
import org.wuhealth.rules.catalog.Requirement;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.rules.catalog.RuleMetadata;
import org.wuhealth.snapshot.SnapshotWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth rules list}: the catalogue, as a table, JSON, or the Markdown reference. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists the rules (bundled, plus --rules directories) in catalogue order.")
public final class RulesListCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    markdown
  }

  @ParentCommand RulesCommand parent;

  @Mixin RuleOptions rules = new RuleOptions();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    List<RuleDefinition> list = rules.ruleSet().rules();
    Io io = parent.io();
    switch (format) {
      case json -> io.out().print(json(list));
      case markdown -> io.out().print(RuleDocs.markdown(list));
      case text -> io.out().print(text(list));
    }
    io.out().flush();
    return ExitCodes.OK;
  }

  private static String text(List<RuleDefinition> list) {
    int width = Math.max(2, list.stream().mapToInt(r -> r.id().length()).max().orElse(2));
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-" + width + "s  %-8s  %-10s  %-17s  %s%n",
            "ID",
            "SEVERITY",
            "CONFIDENCE",
            "SYMPTOM",
            "TITLE"));
    for (RuleDefinition r : list) {
      RuleMetadata m = r.metadata();
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %-8s  %-10s  %-17s  %s%s%n",
              m.id(),
              m.severity().label(),
              m.confidence().label(),
              m.symptom().label(),
              m.title(),
              m.disabled() == null ? "" : " (disabled: " + m.disabled() + ")"));
    }
    return out.append(list.size()).append(" rules\n").toString();
  }

  private static String json(List<RuleDefinition> list) {
    ArrayNode rules = JsonNodeFactory.instance.arrayNode();
    for (RuleDefinition r : list) {
      RuleMetadata m = r.metadata();
      ObjectNode n = rules.addObject();
      n.put("id", m.id());
      n.put("title", m.title());
      n.put("category", m.category());
      n.put("symptom", m.symptom().label());
      n.put("guide", m.guide());
      n.put("severity", m.severity().label());
      n.put("confidence", m.confidence().label());
      n.put("triggeredBySymptom", m.isTriggeredBySymptom());
      strings(n, "requires", m.requires().stream().map(Requirement::text).toList());
      n.put("description", m.description().strip());
      strings(n, "remediation", m.remediation());
      strings(n, "references", m.references());
      strings(n, "falsePositives", m.falsePositives());
      if (m.disabled() == null) {
        n.putNull("disabled");
      } else {
        n.put("disabled", m.disabled());
      }
      n.put("source", r.sourceName());
      strings(n, "fixtures", r.fixtures().stream().map(f -> f.name()).toList());
    }
    return SnapshotWriter.pretty(rules);
  }

  private static void strings(ObjectNode n, String name, List<String> values) {
    ArrayNode a = n.putArray(name);
    values.forEach(a::add);
  }
}

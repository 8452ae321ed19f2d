package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  @Test
  void listsTheCatalogueAsTextAndJson() throws Exception {
    CliRunner.Run text = CliRunner.run("rules", "list");
    assertEquals(0, text.exitCode());
    assertTrue(text.out().startsWith("ID "), text.out());
    assertTrue(text.out().contains("NA-MISSING-PREREQ"), text.out());
    CliRunner.Run json = CliRunner.run("rules", "list", "--format", "json");
    JsonNode rules = new ObjectMapper().readTree(json.out());
    assertTrue(rules.size() >= 5);
    var expectedOrder =
        org.wuhealth.engine.TestRules.catalog().rules().stream()
            .filter(r -> !r.isFleet()) // fleet rules run in batch, not in the host rule set
            .map(r -> r.id())
            .toList();
    var listed = new java.util.ArrayList<String>();
    rules.forEach(r -> listed.add(r.get("id").asText()));
    assertEquals(expectedOrder, listed, "catalogue order");
    assertTrue(listed.contains("NA-ALREADY-INSTALLED"));
    assertTrue(rules.get(0).get("fixtures").size() >= 2);
  }

  @Test
  void explainsOneRule() {
    CliRunner.Run run = CliRunner.run("rules", "explain", "NA-MISSING-PREREQ");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("remediation:"), run.out());
    assertTrue(run.out().contains("fires-2012r2-without-kb2919355.json (must fire)"), run.out());
    CliRunner.Run unknown = CliRunner.run("rules", "explain", "XX-POOL-STOPPED");
    assertEquals(ExitCodes.USAGE_OR_INPUT, unknown.exitCode());
    assertEquals(
        "wuhealth: error: unknown rule XX-POOL-STOPPED; for a rule of your own, give its"
            + " directory: wuhealth rules explain --rules DIR XX-POOL-STOPPED\n",
        unknown.err());
    CliRunner.Run misspelt = CliRunner.run("rules", "explain", "NA-WRONG-OZ");
    assertEquals(
        "wuhealth: error: unknown rule NA-WRONG-OZ; did you mean NA-WRONG-OS?\n", misspelt.err());
  }

  @Test
  void testsTheBundledCatalogue() {
    CliRunner.Run run = CliRunner.run("rules", "test", "--coverage");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("0 failed, 0 errors"), run.out());
    assertTrue(run.out().contains("never fired by a fixture: none"), run.out());
    assertTrue(run.out().contains("never kept quiet by a near miss: none"), run.out());
  }

  @Test
  void watchNeedsADirectory() {
    assertEquals(ExitCodes.USAGE_OR_INPUT, CliRunner.run("rules", "test", "--watch").exitCode());
  }
}

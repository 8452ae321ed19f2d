package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The rule author's loop, in process: write a new rule with fixtures, test it (pass), break the DRL
 * (exact place reported), break an expectation (diff shown, exit 1), and read the JUnit XML.
 */
class RuleAuthoringEndToEndTest {
  private static final String YML =
      """
      id: XX-STOPPED-BITS
      title: BITS is disabled
      category: demo
      symptom: checklist
      guide: "Troubleshooting checklist"
      severity: medium
      confidence: certain
      requires: [services]
      description: Windows Update downloads through BITS; a disabled BITS stops every download.
      remediation: ["Set-Service BITS -StartupType Manual"]
      references: [https://learn.microsoft.com/windows/win32/bits/background-intelligent-transfer-service-portal]
      """;

  private static final String DRL =
      """
      package demo;

      import org.wuhealth.facts.ServiceInfo;
      import org.wuhealth.facts.StartType;
      import org.wuhealth.rules.api.Hit;

      rule "XX-STOPPED-BITS"
      when
          $s : ServiceInfo( name == "BITS", startType == StartType.DISABLED )
      then
          insert(Hit.of(kcontext, "service " + $s.name() + " is " + $s.startType().wire()));
      end
      """;

  private static String snapshot(String host, String startType) {
    return """
        {"schemaVersion": 1, "collectedAt": "2026-11-20T08:15:00Z", "host": {"name": "%s"},
         "os": {"build": 14393, "version": "10.0"},
         "services": [{"name": "BITS", "state": "Stopped", "startType": "%s"}]}
        """
        .formatted(host, startType);
  }

  private static Path writeRule(Path root) throws Exception {
    Path dir = Files.createDirectories(root.resolve("demo").resolve("XX-STOPPED-BITS"));
    Files.writeString(dir.resolve("rule.yml"), YML);
    Files.writeString(dir.resolve("rule.drl"), DRL);
    Files.writeString(dir.resolve("fires-bits-disabled.json"), snapshot("A", "Disabled"));
    Files.writeString(dir.resolve("ok-near-miss-bits-manual.json"), snapshot("B", "Manual"));
    Files.writeString(
        dir.resolve("tests.yml"),
        """
        cases:
          fires-bits-disabled.json:
            count: 1
            severity: medium
            confidence: certain
            evidence: ["BITS is Disabled"]
        """);
    return dir;
  }

  /** Issue 12: a fires- fixture proves the finding, so rules test wants it stated and shows it. */
  @Test
  void aFiringFixtureMustStateItsSeverityConfidenceAndEvidence(@TempDir Path root)
      throws Exception {
    Path dir = writeRule(root);
    Files.writeString(
        dir.resolve("tests.yml"),
        """
        cases:
          fires-bits-disabled.json:
            evidence: ["BITS is Disabled"]
        """);
    CliRunner.Run unstated = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.FINDINGS, unstated.exitCode(), unstated.out());
    assertTrue(
        unstated
            .out()
            .contains(
                "tests.yml states no severity, no confidence for fires-bits-disabled.json; the"
                    + " rule gave medium, certain"),
        unstated.out());

    Files.writeString(
        dir.resolve("tests.yml"),
        """
        cases:
          fires-bits-disabled.json:
            severity: high
            confidence: likely
            evidence: ["BITS is stopped"]
        """);
    CliRunner.Run wrong = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.FINDINGS, wrong.exitCode(), wrong.out());
    for (String diff :
        List.of(
            "severity high",
            "| severity medium",
            "confidence likely",
            "| confidence certain",
            "evidence contains \"BITS is stopped\"",
            "| no evidence line contains it",
            "|   - service BITS is Disabled")) {
      assertTrue(wrong.out().contains(diff), diff + " in: " + wrong.out());
    }
  }

  @Test
  void writeTestBreakAndReport(@TempDir Path root) throws Exception {
    Path dir = writeRule(root);
    Path junit = root.resolve("out").resolve("junit.xml");

    CliRunner.Run pass =
        CliRunner.run("rules", "test", root.toString(), "--junit", junit.toString());
    assertEquals(0, pass.exitCode(), pass.out() + pass.err());
    assertTrue(
        pass.out()
            .contains(
                "PASS   "
                    + root.toString().replace('\\', '/')
                    + "/demo/XX-STOPPED-BITS/fires-bits-disabled.json"),
        pass.out());
    assertTrue(pass.out().contains("without services"), "derived missing-data case: " + pass.out());
    assertTrue(pass.out().contains("0 failed, 0 errors"), pass.out());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertEquals(
        "XX-STOPPED-BITS",
        xml.getElementsByTagName("testsuite")
            .item(0)
            .getAttributes()
            .getNamedItem("name")
            .getNodeValue());
    assertEquals(0, xml.getElementsByTagName("failure").getLength());

    // A typo in a field name: the exact place, one line, nothing else runs.
    Files.writeString(
        dir.resolve("rule.drl"), DRL.replace("startType == StartType", "startTyp == StartType"));
    CliRunner.Run broken = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, broken.exitCode());
    assertEquals(
        "wuhealth: error: "
            + root.toString().replace('\\', '/')
            + "/demo/XX-STOPPED-BITS/rule.drl:9:39: unknown field startTyp of ServiceInfo; did you mean startType?",
        broken.err().strip());
    assertEquals("", broken.out());

    // A wrong expectation: the diff side by side, exit 1, and a failure in the JUnit XML.
    Files.writeString(dir.resolve("rule.drl"), DRL);
    Files.writeString(
        dir.resolve("tests.yml"),
        "cases:\n  fires-bits-disabled.json:\n    evidence: [\"BITS is Automatic\"]\n");
    CliRunner.Run failing =
        CliRunner.run("rules", "test", root.toString(), "--junit", junit.toString());
    assertEquals(ExitCodes.FINDINGS, failing.exitCode(), failing.out());
    assertTrue(failing.out().contains("FAIL   "), failing.out());
    assertTrue(failing.out().contains("evidence contains \"BITS is Automatic\""), failing.out());
    assertTrue(failing.out().contains("| no evidence line contains it"), failing.out());
    assertTrue(failing.out().contains("- service BITS is Disabled"), failing.out());
    Document failed =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertEquals(1, failed.getElementsByTagName("failure").getLength());
  }

  @Test
  void authorsMistakesAreOneLineErrors(@TempDir Path root) throws Exception {
    Path dir = writeRule(root);
    Files.writeString(dir.resolve("rule.yml"), YML.replace("severity: medium", "severity: urgent"));
    CliRunner.Run badMetadata = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, badMetadata.exitCode());
    assertTrue(
        badMetadata
            .err()
            .strip()
            .endsWith("rule.yml: severity must be one of critical, high, medium, low, info"),
        badMetadata.err());

    Files.writeString(dir.resolve("rule.yml"), YML);
    Files.writeString(
        dir.resolve("rule.drl"),
        DRL.replace("insert(Hit", "System.out.println(\"x\"); insert(Hit"));
    CliRunner.Run printing = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, printing.exitCode());
    assertTrue(
        printing.err().contains("rule.drl:11:5: rules must not print (System.out)"),
        printing.err());

    Files.writeString(dir.resolve("rule.drl"), DRL);
    Files.writeString(
        dir.resolve("ok-near-miss-bits-manual.json"),
        snapshot("B", "Manual").replace("\"build\": 14393", "\"build\": \"14393\""));
    CliRunner.Run badFixture = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.FINDINGS, badFixture.exitCode());
    assertTrue(
        badFixture.out().contains("ok-near-miss-bits-manual.json: /os/build (line 2, column"),
        badFixture.out());

    // Issue 16: a broken fixture is reported as broken, and its derived cases say why they
    // did not run (not "the snapshot format requires services").
    Files.writeString(dir.resolve("ok-near-miss-bits-manual.json"), snapshot("B", "Manual"));
    Files.writeString(
        dir.resolve("fires-bits-disabled.json"),
        snapshot("A", "Disabled").replace("\"build\": 14393", "\"build\": \"14393\""));
    CliRunner.Run brokenFires = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.FINDINGS, brokenFires.exitCode());
    String folder = root.toString().replace('\\', '/') + "/demo/XX-STOPPED-BITS/";
    assertTrue(
        brokenFires
            .out()
            .contains(
                "ERROR  " + folder + "fires-bits-disabled.json\n       fixture failed to load: "),
        brokenFires.out());
    assertTrue(
        brokenFires
            .out()
            .contains(
                "SKIP   "
                    + folder
                    + "fires-bits-disabled.json without services (fixture failed to load)\n"),
        brokenFires.out());
    Files.writeString(dir.resolve("fires-bits-disabled.json"), snapshot("A", "Disabled"));

    Files.writeString(dir.resolve("ok-near-miss-bits-manual.json"), snapshot("B", "Manual"));
    Files.writeString(
        dir.resolve("tests.yml"), "cases:\n  fires-bits-disabled.json:\n    focus: true\n");
    CliRunner.Run focused = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.FINDINGS, focused.exitCode(), "a leftover focus flag never passes");
    assertTrue(focused.out().contains("SKIP   "), focused.out());
    assertEquals(
        "wuhealth: error: "
            + root.toString().replace('\\', '/')
            + "/demo/XX-STOPPED-BITS/tests.yml: focus: true left on fires-bits-disabled.json; remove"
            + " it before committing\n",
        focused.err());

    Path twin =
        Files.createDirectories(root.resolve("more").resolve("demo").resolve("XX-STOPPED-BITS"));
    Files.writeString(twin.resolve("rule.yml"), YML);
    Files.writeString(twin.resolve("rule.drl"), DRL);
    Files.writeString(dir.resolve("tests.yml"), "");
    CliRunner.Run duplicate = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, duplicate.exitCode());
    assertTrue(duplicate.err().contains("duplicate rule id XX-STOPPED-BITS"), duplicate.err());
  }

  @Test
  void scaffoldedRuleCompilesAndFailsUntilWritten(@TempDir Path root) {
    CliRunner.Run created =
        CliRunner.run(
            "rules", "new", "XX-NEW-CAUSE", "--category", "demo", "--dir", root.toString());
    assertEquals(0, created.exitCode(), created.err());
    assertTrue(created.out().contains("next:"), created.out());
    CliRunner.Run test = CliRunner.run("rules", "test", root.toString());
    assertEquals(ExitCodes.FINDINGS, test.exitCode(), test.out() + test.err());
    assertTrue(test.out().contains("XX-NEW-CAUSE did not fire"), test.out());
    assertTrue(test.out().contains("scaffold text (TODO) still in rule.yml"), test.out());
    assertTrue(
        test.out()
            .contains(
                "PASS   "
                    + root.toString().replace('\\', '/')
                    + "/demo/XX-NEW-CAUSE/ok-near-miss-example.json"),
        test.out());
    CliRunner.Run again =
        CliRunner.run(
            "rules", "new", "XX-NEW-CAUSE", "--category", "demo", "--dir", root.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, again.exitCode());
  }

  /** Issue 16: an author who picks a bundled id by chance would silently replace that rule. */
  @Test
  void aBundledIdIsRefusedUnlessForced(@TempDir Path root) {
    CliRunner.Run refused =
        CliRunner.run(
            "rules", "new", "WSUS-SITE-STOPPED", "--category", "wsus", "--dir", root.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, refused.exitCode());
    assertEquals(
        "wuhealth: error: WSUS-SITE-STOPPED is a bundled rule (wsus/WSUS-SITE-STOPPED); a rule"
            + " with its id would replace it: pick a new id, or give --force to replace it on"
            + " purpose (see 'wuhealth rules explain WSUS-SITE-STOPPED')\n",
        refused.err());
    assertTrue(!Files.exists(root.resolve("wsus")), "nothing written");
    CliRunner.Run forced =
        CliRunner.run(
            "rules",
            "new",
            "WSUS-SITE-STOPPED",
            "--category",
            "wsus",
            "--dir",
            root.toString(),
            "--force");
    assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
    assertTrue(Files.exists(root.resolve("wsus/WSUS-SITE-STOPPED/rule.drl")));
  }

  @Test
  void analyzeWithAuthoredRulesOnlyExcludeAndExplain(@TempDir Path root) throws Exception {
    Path dir = writeRule(root);
    Path host = Files.writeString(root.resolve("host.json"), snapshot("H", "Disabled"));
    CliRunner.Run added =
        CliRunner.run(
            "analyze",
            "--fail-on",
            "none",
            "--rules",
            root.toString(),
            "--explain",
            host.toString());
    assertEquals(ExitCodes.OK, added.exitCode(), added.err());
    assertTrue(added.out().contains("XX-STOPPED-BITS"), added.out());
    assertTrue(added.out().contains("matched:"), added.out());
    assertTrue(added.out().contains("ServiceInfo[name=BITS"), added.out());

    CliRunner.Run excluded =
        CliRunner.run(
            "analyze", "--rules", root.toString(), "--exclude", "XX-STOPPED-BITS", host.toString());
    assertTrue(!excluded.out().contains("XX-STOPPED-BITS"), excluded.out());
    CliRunner.Run only =
        CliRunner.run("analyze", "--only", "NA-WRONG-OS", "../samples/na-wrong-arch.json");
    assertEquals(ExitCodes.OK, only.exitCode(), only.out());
    CliRunner.Run unknown = CliRunner.run("analyze", "--only", "NA-WRONG-OZ", host.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, unknown.exitCode());
    assertEquals(
        "wuhealth: error: --only names unknown rule NA-WRONG-OZ; did you mean NA-WRONG-OS?",
        unknown.err().strip());

    // An authored rule with a bundled id replaces the bundled rule.
    Path override =
        Files.createDirectories(
            root.resolve("override").resolve("notapplicable").resolve("NA-WRONG-ARCH"));
    Files.writeString(
        override.resolve("rule.yml"),
        YML.replace("XX-STOPPED-BITS", "NA-WRONG-ARCH")
            .replace("category: demo", "category: notapplicable"));
    Files.writeString(
        override.resolve("rule.drl"), DRL.replace("XX-STOPPED-BITS", "NA-WRONG-ARCH"));
    CliRunner.Run replaced =
        CliRunner.run(
            "analyze",
            "--rules",
            root.resolve("override").toString(),
            "--format",
            "json",
            "../samples/na-wrong-arch.json");
    assertTrue(
        !replaced.out().contains("NA-WRONG-ARCH"),
        "the bundled NA-WRONG-ARCH was replaced: " + replaced.out());
    assertTrue(Files.exists(dir));
  }
}

package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.catalog.RuleCatalog;
import org.wuhealth.snapshot.SnapshotReader;

class SymptomBoostTest {
  private static final String SNAPSHOT =
      "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\", \"os\": {\"build\": 9600},"
          + " \"windowsUpdate\": {\"policy\": {\"useWuServer\": true, \"wuServer\": \"http://wsus:8530\"}}%s}";

  private static Analyzer demo(Path root) throws Exception {
    return demo(root, "insert(Hit.of(kcontext, \"always\"));");
  }

  private static Analyzer demo(Path root, String consequence) throws Exception {
    Path dir = Files.createDirectories(root.resolve("demo").resolve("XX-DEMO"));
    Files.writeString(
        dir.resolve("rule.yml"),
        """
        id: XX-DEMO
        title: Demo cause of WSUS connection failures
        category: demo
        symptom: wsus-connection
        guide: none
        severity: medium
        confidence: possible
        description: Fires on every host.
        remediation: [Nothing.]
        references: [https://example.org]
        """);
    Files.writeString(
        dir.resolve("rule.drl"),
        """
        package demo;
        import org.wuhealth.rules.api.Confidence;
        import org.wuhealth.rules.api.Hit;
        import org.wuhealth.rules.api.HostOs;
        rule "XX-DEMO"
        when
            HostOs()
        then
            %s
        end
        """
            .formatted(consequence));
    return new Analyzer(RuleCompiler.compile(RuleSet.of(RuleCatalog.load(root))));
  }

  private static Snapshot snapshot(String extra) throws Exception {
    return new SnapshotReader()
        .read("x.json", String.format(SNAPSHOT, extra).getBytes(StandardCharsets.UTF_8))
        .snapshot();
  }

  /** The one finding the demo rule gives on this snapshot with these options. */
  private static Finding first(Analyzer analyzer, Snapshot snapshot, Analyzer.Options options) {
    return analyzer.analyze("x", snapshot, List.of(), options).findings().get(0);
  }

  @Test
  void aHitThatSetsItsOwnConfidenceIsNotRaised(@TempDir Path root) throws Exception {
    Analyzer analyzer =
        demo(
            root,
            "insert(Hit.of(kcontext, \"partial evidence\").withConfidence(Confidence.POSSIBLE));");
    Finding declared =
        first(
            analyzer,
            snapshot(""),
            Analyzer.Options.DEFAULT.withSymptoms(List.of("wsus-connection")));
    assertEquals(Severity.HIGH, declared.severity(), "the symptom still raises the severity");
    assertEquals(Confidence.POSSIBLE, declared.confidence(), "the rule weighed its evidence");
  }

  @Test
  void aDeclaredOrObservedSymptomRaisesTheCausesThatExplainIt(@TempDir Path root) throws Exception {
    Analyzer analyzer = demo(root);
    Finding plain = first(analyzer, snapshot(""), Analyzer.Options.DEFAULT);
    assertEquals(Severity.MEDIUM, plain.severity());
    assertEquals(Confidence.POSSIBLE, plain.confidence());
    assertNull(plain.explains());

    Finding declared =
        first(
            analyzer,
            snapshot(""),
            Analyzer.Options.DEFAULT.withSymptoms(List.of("wsus-connection")));
    assertEquals(Severity.HIGH, declared.severity());
    assertEquals(Confidence.LIKELY, declared.confidence());
    assertEquals("wsus-connection (declared)", declared.explains());

    Finding observed =
        first(
            analyzer,
            snapshot(
                ", \"events\": [{\"source\": \"WindowsUpdateLog\", \"code\": \"0x80244007\"}]"),
            Analyzer.Options.DEFAULT);
    assertEquals(
        "wsus-connection (observed: the client uses a WSUS server and logged 0x80244007)",
        observed.explains());
    assertEquals(Severity.HIGH, observed.severity());
  }

  @Test
  void boostsStopAtHighAndCertain() {
    assertEquals(Severity.HIGH, SymptomBoost.severity(Severity.HIGH));
    assertEquals(Severity.CRITICAL, SymptomBoost.severity(Severity.CRITICAL));
    assertEquals(Severity.LOW, SymptomBoost.severity(Severity.INFO));
    assertEquals(Confidence.CERTAIN, SymptomBoost.confidence(Confidence.CERTAIN));
  }
}

package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wuhealth.report.JsonReport;
import org.wuhealth.rules.catalog.CatalogContent;
import org.wuhealth.snapshot.SnapshotReader;

/** The precompiled rule base is used only when it matches, and behaves exactly like compiling. */
class PrecompiledRulesTest {
  @Test
  void theBuildShipsAMatchingStore() {
    assertTrue(BundledRules.load().precompiled(), "the build's store matches the catalogue");
  }

  @Test
  void sameReportsAsTheCompiledRules() throws Exception {
    Analyzer precompiled = new Analyzer(BundledRules.load());
    Analyzer compiled = TestRules.analyzer();
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    SnapshotReader reader = new SnapshotReader();
    for (Path sample : samples) {
      var loaded = reader.read(sample);
      String a =
          report(
              precompiled.analyze(
                  loaded.file(), loaded.snapshot(), loaded.warnings(), Analyzer.Options.DEFAULT));
      String b =
          report(
              compiled.analyze(
                  loaded.file(), loaded.snapshot(), loaded.warnings(), Analyzer.Options.DEFAULT));
      assertEquals(b, a, sample.toString());
    }
  }

  private static String report(AnalysisResult r) {
    return JsonReport.render("test", List.of(r), List.of(), true);
  }

  @Test
  void aStoreForOtherContentIsNeverServed() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RuleBaseStore.write(TestRules.base(), "another catalogue", bytes);
    RuleBase loaded =
        BundledRules.load(
            new ByteArrayInputStream(bytes.toByteArray()), CatalogContent.bundledKey());
    assertFalse(loaded.precompiled(), "stale store: compiled instead");
    RuleBase matching =
        BundledRules.load(new ByteArrayInputStream(bytes.toByteArray()), "another catalogue");
    assertTrue(matching.precompiled());
    assertEquals(TestRules.base().rules(), matching.rules());
  }

  @Test
  void aDamagedStoreFallsBackToCompiling() {
    RuleBase loaded = BundledRules.load(new ByteArrayInputStream(new byte[] {1, 2, 3}), "key");
    assertFalse(loaded.precompiled());
  }

  @Test
  void contentKeyDependsOnEveryRuleFile() {
    String a = CatalogContent.key(java.util.Map.of("x/rule.drl", new byte[] {1}));
    String b = CatalogContent.key(java.util.Map.of("x/rule.drl", new byte[] {2}));
    String c = CatalogContent.key(java.util.Map.of("y/rule.drl", new byte[] {1}));
    assertFalse(a.equals(b) || a.equals(c) || b.equals(c));
  }
}

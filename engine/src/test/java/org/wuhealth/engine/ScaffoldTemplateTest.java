package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.snapshot.SnapshotReader;

/** The snapshot that `rules new` copies into both fixtures must be a clean, healthy host. */
class ScaffoldTemplateTest {
  @Test
  void templateIsValidAndHealthy() throws Exception {
    byte[] bytes;
    try (InputStream in =
        getClass().getResourceAsStream("/org/wuhealth/rules/scaffold/healthy-snapshot.json")) {
      bytes = in.readAllBytes();
    }
    var loaded = new SnapshotReader().read("template", bytes);
    assertEquals(List.of(), loaded.warnings());
    AnalysisResult result =
        TestRules.analyzer()
            .analyze("template", loaded.snapshot(), List.of(), Analyzer.Options.DEFAULT);
    assertEquals(List.of(), result.findings());
  }
}

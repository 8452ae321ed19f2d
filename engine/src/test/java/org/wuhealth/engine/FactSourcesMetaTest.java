package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wuhealth.collector.CollectorOptions;
import org.wuhealth.collector.FakeWindows;
import org.wuhealth.collector.LiveCollector;
import org.wuhealth.collector.ServiceReader;
import org.wuhealth.collector.SystemReader;
import org.wuhealth.collector.WindowsAccess;
import org.wuhealth.collector.WmiReader;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.importers.FileType;
import org.wuhealth.importers.FormatDetector;
import org.wuhealth.importers.Importer;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.rules.api.Coverage;
import org.wuhealth.rules.catalog.Requirement;
import org.wuhealth.rules.catalog.RuleDefinition;

/**
 * No rule waits for a fact nothing gives it. The facts a source produces are measured, not
 * declared: every capture of the importers' tests (hand-written captures of each format and the
 * real systeminfo and QFE exports) is imported, each with a systeminfo capture that gives the
 * build, and the live collector's output is what the Wine bench checks its snapshot for (which
 * LiveCollectorTest reproduces). Every path a rule {@code requires} (one of "a|b") or needs {@code
 * toRuleOut} must be among them, or the rule's {@code manualFacts} must say where an admin gets it;
 * and a manual fact must really be one no source produces.
 */
class FactSourcesMetaTest {
  private static final Path IMPORTERS =
      Path.of("../facts-collector/src/test/resources/org/wuhealth/importers");
  private static final Path BUILD_GIVER = IMPORTERS.resolve("captures/systeminfo/languages/en.txt");
  private static final Path LIVE = Path.of("../bench/wine/expected-snapshot.json");

  private static final Set<String> PRODUCED = new TreeSet<>();

  @BeforeAll
  static void measureWhatSourcesProduce() throws Exception {
    Importer importer = new Importer(ImportLimits.DEFAULT);
    Importer.Options options =
        new Importer.Options("test", null, Instant.parse("2026-11-20T08:00:00Z"));
    for (Path file : captures()) {
      FileType type = FormatDetector.detect(head(file)).type();
      if (type == null || type == FileType.SNAPSHOT || type == FileType.ZIP) {
        continue;
      }
      try {
        Snapshot s =
            importer.importPaths(file.toString(), List.of(BUILD_GIVER, file), options).snapshot();
        PRODUCED.addAll(Coverage.of(s).paths());
      } catch (ImportException e) {
        // a capture made to test a refusal produces nothing
      }
    }
    // the bench checks a subset of the live snapshot, members at any depth as in Coverage
    paths(new ObjectMapper().readTree(LIVE.toFile()), "");
    // and the live collector itself on a bare host, for what only it reads (free disk space, run
    // states, the QFE): the registry mapper is the one the .reg captures above went through
    PRODUCED.addAll(Coverage.of(bareLiveHost()).paths());
  }

  /** A live collection where Windows answers with almost nothing. */
  private static Snapshot bareLiveHost() throws Exception {
    Path windows = Files.createTempDirectory("wuhealth-windows");
    SystemReader system =
        FakeWindows.system(
            new SystemReader.NativeSystem(
                10, 0, 20348, 3, 9, 3_600_000L, false, windows.toString()),
            40L << 30);
    WmiReader wmi =
        FakeWindows.wmi(
            List.of(Map.of("HotFixID", "KB5044281", "InstalledOn", "10/8/2024")),
            (namespace, className, method, out) -> Map.of());
    WindowsAccess access =
        new WindowsAccess(
            system,
            (path, names) -> null,
            () -> List.of(new ServiceReader.RawService("wuauserv", "Windows Update", 4)),
            wmi,
            (channel, query, max) -> List.of());
    return new LiveCollector(access, CollectorOptions.DEFAULT, Map.of())
        .collect("test", Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC));
  }

  private static void paths(JsonNode node, String prefix) {
    node.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isNull()) {
                PRODUCED.add(prefix + e.getKey());
                if (e.getValue().isObject()) {
                  paths(e.getValue(), prefix + e.getKey() + ".");
                }
              }
            });
  }

  private static List<Path> captures() throws IOException {
    try (Stream<Path> files = Files.walk(IMPORTERS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().matches("(?i)(SOURCE\\.md|LICENSE.*)"))
          .sorted()
          .toList();
    }
  }

  private static byte[] head(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes(FormatDetector.HEAD_BYTES);
    }
  }

  @Test
  void theSourcesWereMeasured() {
    // the measurement itself must see the sections every kind of source gives
    for (String path :
        List.of(
            "os.build",
            "updates",
            "services",
            "wsus.role",
            "windowsUpdate.deployments",
            "windowsUpdate.enrollment",
            "componentStore",
            "disk")) {
      assertTrue(PRODUCED.contains(path), path + " among " + PRODUCED);
    }
  }

  @Test
  void everyFactARuleNeedsHasASource() {
    List<String> unsourced = new ArrayList<>();
    for (RuleDefinition rule : TestRules.catalog().rules()) {
      var m = rule.metadata();
      List<Requirement> needed = new ArrayList<>(m.requires());
      m.toRuleOut().stream().map(Requirement::parse).forEach(needed::add);
      for (Requirement requirement : needed) {
        boolean sourced = false;
        for (String path : requirement.paths()) {
          sourced |= PRODUCED.contains(path) || m.manualFacts().containsKey(path);
        }
        if (!sourced) {
          unsourced.add(rule.id() + " needs " + requirement);
        }
      }
      m.manualFacts()
          .keySet()
          .forEach(
              path -> {
                if (PRODUCED.contains(path)) {
                  unsourced.add(
                      rule.id()
                          + " says no source gives "
                          + path
                          + ", but one does: drop the note");
                }
              });
    }
    assertEquals(
        List.of(),
        unsourced,
        "add an importer or collector for these facts, or say in the rule's manualFacts where an"
            + " admin gets them");
  }
}

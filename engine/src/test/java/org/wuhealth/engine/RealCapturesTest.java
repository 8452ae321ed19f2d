package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.inputs.HostInput;
import org.wuhealth.inputs.InputPlan;
import org.wuhealth.inputs.Inputs;
import org.wuhealth.inputs.Loaded;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * The real systeminfo and wmic qfe captures of wesng's validation folder (XP to 2022, many
 * languages; BSD-3, see SOURCE.md there), read in place from the facts-collector module's test
 * resources through a relative path. Each systeminfo capture is one host, analyzed together with
 * the wmic qfe export of the same host when there is one, as of its own time: no finding may cite
 * an update or release from after that time, and the README's table of findings by rule must match
 * (refresh it with -Dwuhealth.updateGolden=true).
 *
 * <p>Some captures carry no date at all (anonymized, or XP/2003 without a boot time); the importer
 * then takes the newest file time. The copies get a fixed one, the day wesng published this copy
 * (2026-06-28), so that the result does not depend on when the repository was checked out.
 */
class RealCapturesTest {
  static final Path CAPTURES =
      Path.of(
          "..",
          "facts-collector/src/test/resources/org/wuhealth/importers/real-exports/wesng-validation");
  private static final FileTime PUBLISHED = FileTime.from(Instant.parse("2026-06-28T00:00:00Z"));
  private static final Path README = Path.of("..", "README.md");
  private static final String START = "<!-- real-captures:start -->";
  private static final String END = "<!-- real-captures:end -->";

  @Test
  void realCapturesCiteNothingFromTheFutureAndMatchTheReadme(@TempDir Path tmp) throws IOException {
    Inputs loader = new Inputs(SnapshotReader.DEFAULT_MAX_BYTES, "test");
    Analyzer analyzer = TestRules.analyzer();
    List<AnalysisResult> results = new ArrayList<>();
    int paired = 0;
    for (Path systeminfo : captures("_systeminfo")) {
      String host = hostKey(systeminfo);
      Path dir = Files.createDirectories(tmp.resolve(systeminfo.getFileName().toString()));
      copy(systeminfo, dir);
      Path qfe = CAPTURES.resolve(host + "_qfe.txt");
      if (Files.exists(qfe) && Files.size(qfe) > 0) {
        copy(qfe, dir);
        paired++;
      }
      InputPlan plan = loader.plan(List.of(dir.toString()));
      assertEquals(1, plan.hosts().size(), systeminfo + " is one host: " + plan);
      for (HostInput input : plan.hosts()) {
        Loaded.Ready h = assertReady(loader.load(input), systeminfo);
        results.add(
            analyzer.analyze(
                systeminfo.getFileName().toString(),
                h.snapshot(),
                h.warnings(),
                Analyzer.Options.DEFAULT));
      }
    }
    assertEquals(49, results.size(), "every systeminfo capture is a host");
    List<String> future = new ArrayList<>();
    results.forEach(r -> FutureCitations.in(r).forEach(p -> future.add(r.source() + ": " + p)));
    assertEquals(List.of(), future);

    String table = table(results, paired);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int from = readme.indexOf(START);
    int to = readme.indexOf(END);
    assertTrue(from >= 0 && to > from, "README.md has the real-captures markers");
    String current = readme.substring(from + START.length(), to);
    if (Boolean.getBoolean("wuhealth.updateGolden")) {
      Files.writeString(
          README,
          readme.substring(0, from + START.length()) + table + readme.substring(to),
          StandardCharsets.UTF_8);
    } else {
      assertEquals(table, current, "README.md's table of findings on the real captures is stale");
    }
  }

  private static Loaded.Ready assertReady(Loaded loaded, Path file) {
    assertTrue(loaded instanceof Loaded.Ready, file + ": " + loaded);
    return (Loaded.Ready) loaded;
  }

  private static List<Path> captures(String kind) throws IOException {
    try (Stream<Path> files = Files.list(CAPTURES)) {
      return files.filter(p -> p.getFileName().toString().contains(kind)).sorted().toList();
    }
  }

  /** "7_sp1_x64_enterprise_fr" for 7_sp1_x64_enterprise_fr_systeminfo_cmd.txt. */
  private static String hostKey(Path systeminfo) {
    String name = systeminfo.getFileName().toString();
    return name.substring(0, name.indexOf("_systeminfo"));
  }

  private static void copy(Path file, Path dir) throws IOException {
    Path copy = Files.copy(file, dir.resolve(file.getFileName()));
    Files.setLastModifiedTime(copy, PUBLISHED);
  }

  /**
   * The README table: per rule, the captures it fires on by confidence, and where it could not
   * judge.
   */
  static String table(List<AnalysisResult> results, int paired) {
    Map<String, int[]> byRule = new TreeMap<>();
    int clean = 0;
    for (AnalysisResult r : results) {
      if (r.findings().isEmpty()) {
        clean++;
      }
      r.findings().stream()
          .map(f -> f.ruleId() + " " + f.confidence().name())
          .distinct()
          .forEach(
              k -> {
                String[] parts = k.split(" ");
                byRule
                        .computeIfAbsent(parts[0], x -> new int[4])[
                        Confidence.valueOf(parts[1]).ordinal()] +=
                    1;
              });
      r.skipped().stream()
          .filter(s -> s.reason() != null)
          .forEach(s -> byRule.computeIfAbsent(s.ruleId(), x -> new int[4])[3]++);
    }
    StringBuilder t = new StringBuilder("\n");
    t.append(
        String.format(
            "%d systeminfo captures (%d with their `wmic qfe` export), each judged as of its own"
                + " time; %d give no finding.%n%n",
            results.size(), paired, clean));
    t.append("| rule | certain | likely | possible | not checked (could not judge) |\n");
    t.append("| --- | --- | --- | --- | --- |\n");
    byRule.forEach(
        (rule, n) ->
            t.append(String.format("| %s | %d | %d | %d | %d |%n", rule, n[0], n[1], n[2], n[3])));
    return t.toString();
  }
}

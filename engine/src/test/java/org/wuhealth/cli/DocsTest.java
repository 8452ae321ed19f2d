package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the README's commands and every link of the README and docs/ still work. Each {@code
 * ./wuhealth ...} line of a shell block in README.md runs in process and must end with the exit
 * code its comment promises ({@code # exits N}, else 0); the {@code wuhealth.cmd} lines need
 * Windows and are reported as skipped. The example rule of docs/writing-rules.md compiles and
 * fires.
 */
class DocsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern EXITS = Pattern.compile("#\\s*exits (\\d+)");

  /** Options whose value is a path: it is created in a temporary directory, not in the clone. */
  private static final Set<String> PATH_OPTIONS = Set.of("--dir", "--out", "--rules", "--junit");

  @TempDir Path work;

  private static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** The lines of the document outside fenced code blocks, or inside blocks of these languages. */
  private static List<String> lines(Path doc, boolean code, Set<String> languages)
      throws IOException {
    List<String> out = new ArrayList<>();
    String inside = null;
    for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
      Matcher fence = FENCE.matcher(line);
      if (fence.matches()) {
        inside = inside == null ? fence.group(1) : null;
        continue;
      }
      if (code ? inside != null && languages.contains(inside) : inside == null) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void everyRelativeLinkAndAnchorResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path doc : documents()) {
      for (String line : lines(doc, false, Set.of())) {
        Matcher link = LINK.matcher(line);
        while (link.find()) {
          String target = link.group(1);
          if (target.matches("^[a-z]+:.*")) {
            continue; // https:, mailto:
          }
          checked++;
          String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
          String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
          Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
          if (!Files.exists(resolved)) {
            broken.add(doc + ": " + target + " (no such file)");
          } else if (anchor != null && !anchors(resolved).contains(anchor)) {
            broken.add(doc + ": " + target + " (no heading with this anchor)");
          }
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  /**
   * GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes, -1 for repeats.
   */
  static List<String> anchors(Path doc) throws IOException {
    List<String> anchors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : lines(doc, false, Set.of())) {
      if (line.startsWith("#")) {
        String slug =
            line.replaceFirst("^#+\\s*", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
        int n = seen.merge(slug, 1, Integer::sum);
        anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
      }
    }
    return anchors;
  }

  @Test
  void anchorsFollowGitHub() throws IOException {
    Path doc = work.resolve("x.md");
    Files.writeString(doc, "# Fleet batch (`wuhealth batch`)\n## Exit codes\n## Exit codes\n");
    assertEquals(List.of("fleet-batch-wuhealth-batch", "exit-codes", "exit-codes-1"), anchors(doc));
  }

  @TestFactory
  Stream<DynamicTest> everyReadmeCommandRunsWithTheExitCodeItPromises() throws IOException {
    Map<String, String> commands = new LinkedHashMap<>();
    for (String line : lines(ROOT.resolve("README.md"), true, Set.of("bash", "sh", "bat"))) {
      for (String part : line.split("&&")) {
        String command = part.strip();
        if (command.startsWith("./wuhealth ") || command.startsWith("wuhealth.cmd ")) {
          commands.put(command, line);
        }
      }
    }
    assertTrue(commands.size() >= 6, "README commands: " + commands.keySet());
    Map<String, Path> created = new HashMap<>();
    return commands.keySet().stream()
        .map(
            command ->
                DynamicTest.dynamicTest(
                    command,
                    () -> {
                      if (command.startsWith("wuhealth.cmd ")) {
                        Assumptions.abort("needs Windows (the live collector): " + command);
                      }
                      Matcher exits = EXITS.matcher(command);
                      int expected = exits.find() ? Integer.parseInt(exits.group(1)) : 0;
                      List<String> args = arguments(command, created);
                      CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
                      assertEquals(
                          expected, run.exitCode(), command + "\n" + run.err() + run.out());
                    }));
  }

  /**
   * The command's arguments, its paths made to work from the engine module: existing files of the
   * clone through "..", paths it creates in the temporary directory.
   */
  private List<String> arguments(String command, Map<String, Path> created) {
    String words = command.replaceFirst("\\s+#.*$", "").replaceFirst("^\\./wuhealth\\s+", "");
    List<String> args = new ArrayList<>();
    String previous = "";
    for (String word : words.split("\\s+")) {
      boolean path =
          PATH_OPTIONS.contains(previous) || created.containsKey(word) || word.contains("/");
      if (!path || word.startsWith("-")) {
        args.add(word);
      } else if (created.containsKey(word) || PATH_OPTIONS.contains(previous)) {
        args.add(created.computeIfAbsent(word, w -> work.resolve(w)).toString());
      } else {
        args.add(ROOT.resolve(word).toString().replace('\\', '/'));
      }
      previous = word;
    }
    return args;
  }

  /** The example rule of docs/writing-rules.md compiles and finds what it says it finds. */
  @Test
  void theExampleRuleOfTheDocsWorks() throws IOException {
    String drl =
        String.join("\n", lines(ROOT.resolve("docs/writing-rules.md"), true, Set.of("drl")));
    Matcher id = Pattern.compile("rule \"([A-Z0-9-]+)\"").matcher(drl);
    assertTrue(id.find(), drl);
    CliRunner.Run scaffold =
        CliRunner.run("rules", "new", id.group(1), "--category", "corp", "--dir", work.toString());
    assertEquals(0, scaffold.exitCode(), scaffold.err());
    Files.writeString(work.resolve("corp").resolve(id.group(1)).resolve("rule.drl"), drl);
    CliRunner.Run run =
        CliRunner.run(
            "analyze",
            "--rules",
            work.toString(),
            "--only",
            id.group(1),
            "--fail-on",
            "none",
            "../samples/wsus-rollup-missing.json",
            "../samples/healthy-server2016.json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(id.group(1)), run.out());
    assertTrue(run.out().contains("sends the host to http://wsus16.corp.example:8530"), run.out());
    assertTrue(run.out().contains("APP2016-01") && run.out().contains("no findings"), run.out());
  }
}

package org.wuhealth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fresh clone must pass the tests with nothing beside it: no test, and no build file that tests
 * run with, may name a path outside the repository. Tests run with their module as the working
 * directory, so "../" is the repository root and anything above it, the shared folder of the
 * project's workplace or an absolute path to it, is outside. This scans every module's test sources
 * and every pom.xml for those spellings; data a test copies in belongs in its test resources, with
 * a SOURCE note.
 */
class RepositoryBoundaryTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Built from parts, so that this file does not match itself. */
  private static final Pattern OUTSIDE =
      Pattern.compile(
          String.join(
              "|",
              Pattern.quote(".." + "/shared"),
              Pattern.quote(".." + "\\\\shared"),
              Pattern.quote("/" + "work/"),
              Pattern.quote("basedir}/" + "../.."),
              // a string literal that climbs above the module's parent, read as a path
              "(?:Path\\.of|Paths\\.get|new File|resolve)\\(\\s*\"\\.\\./\\.\\./"));

  @Test
  void noTestReadsOutsideTheRepository() throws IOException {
    assertTrue(Files.exists(ROOT.resolve("pom.xml")), "the repository root is " + ROOT);
    List<String> offending = new ArrayList<>();
    for (Path file : scanned()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = OUTSIDE.matcher(lines.get(i));
        if (m.find()) {
          offending.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertEquals(List.of(), offending, "tests must read only files inside the repository");
  }

  @Test
  void theScanSeesEveryModule() throws IOException {
    List<Path> files = scanned();
    for (String module : List.of("facts-collector", "rules", "engine")) {
      assertTrue(
          files.stream().anyMatch(f -> ROOT.relativize(f).startsWith(module)),
          "no test source of " + module + " was scanned");
    }
    assertTrue(files.contains(ROOT.resolve("pom.xml")));
  }

  @Test
  void theGuardCatchesTheSpellingsItLooksFor() {
    for (String line :
        List.of(
            "Path.of(\"../.." + "/shared/real-exports\")",
            "static final Path P = Path.of(\"/" + "work/shared/x\");",
            "<argument>${project.basedir}/.." + "/../sha" + "red</argument>",
            "Files.readString(Path.of(\"../../" + "outside.txt\"))")) {
      assertTrue(OUTSIDE.matcher(line).find(), line);
    }
    for (String line :
        List.of(
            "Path.of(\"../samples/healthy-server2016.json\")",
            "entry(\"../../etc/cron.d/evil\", bytes)",
            "Path.of(\"src/test/resources/org/wuhealth/importers/captures\")")) {
      assertTrue(!OUTSIDE.matcher(line).find(), line);
    }
  }

  private static List<Path> scanned() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
        Path tests = module.resolve("src/test/java");
        if (Files.isDirectory(tests)) {
          try (Stream<Path> sources = Files.walk(tests)) {
            sources.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
          }
        }
        if (Files.isRegularFile(module.resolve("pom.xml"))) {
          files.add(module.resolve("pom.xml"));
        }
      }
    }
    files.add(ROOT.resolve("pom.xml"));
    return files;
  }
}

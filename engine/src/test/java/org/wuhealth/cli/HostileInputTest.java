package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.io.AtomicFile;

/**
 * The cases of issue 17 that break the command line, each rebuilt here: one file must not take a
 * batch down or lose its results, a rule folder cannot hang or end a run, text from inputs cannot
 * forge terminal output.
 */
class HostileInputTest {
  private static final Path SAMPLES = Path.of("../samples");
  private static final Path HOSTILE = Path.of("src/test/resources/org/wuhealth/hostile");
  private static final String PENDING = "../samples/chk-pending-reboot.json";
  private static final String HEALTHY = "../samples/healthy-server2019.json";

  @TempDir Path tmp;

  /** Case 1: a lone surrogate escape in a host name, an emoji in a product name. */
  @Test
  void aHostNameThatIsNoTextDoesNotLoseTheBatch() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String app = Files.readString(SAMPLES.resolve("fleet/app01.json"));
    Files.writeString(in.resolve("app01.json"), app.replace("\"APP01\"", "\"APP\\ud800X\""));
    String web = Files.readString(SAMPLES.resolve("fleet/web01.json"));
    Files.writeString(
        in.resolve("web01.json"),
        web.replaceFirst(
            "\"productName\": \"[^\"]*\"",
            "\"productName\": \"" + "W".repeat(41) + "\uD83D\uDE00 Windows\""));
    Path out = tmp.resolve("out");

    CliRunner.Run run = CliRunner.run("batch", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
    has(Files.readString(out.resolve("hosts.csv")), "APP?X");
    has(Files.readString(out.resolve("report.html")), "\uD83D\uDE00");
  }

  /** Case 3: an output never replaces a file it did not write; the folder is never an input. */
  @Test
  void aFileOfAnOutputsNameIsNeverReplaced() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.copy(SAMPLES.resolve("fleet/app01.json"), out.resolve("summary.json"));
    byte[] before = Files.readAllBytes(out.resolve("summary.json"));

    CliRunner.Run run = CliRunner.run("batch", HEALTHY, "--out", out.toString());

    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    has(run.err(), "summary.json exists and was not written by wuhealth batch");
    assertArrayEquals(before, Files.readAllBytes(out.resolve("summary.json")));
    assertEquals(0, temporaries(out));
  }

  /** Case 2 (the part a test can run in process): a failed run keeps the previous results. */
  @Test
  void aSecondRunReplacesItsOwnOutputsAndLeavesNoTemporary() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, CliRunner.run("batch", HEALTHY, "--out", out.toString()).exitCode());
    assertEquals(
        ExitCodes.FINDINGS, CliRunner.run("batch", PENDING, "--out", out.toString()).exitCode());
    has(Files.readString(out.resolve("hosts.csv")), "chk-pending-reboot");
    assertEquals(0, temporaries(out));
  }

  /** Case 16: output-folder problems are the user's (exit 2), not internal errors. */
  @Test
  void anOutputFolderThatCannotBeWrittenIsExit2() {
    CliRunner.Run run = CliRunner.run("batch", HEALTHY, "--out", "/proc/wuhealth-out");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertFalse(run.err().strip().contains("\n"), run.err().strip());
    has(run.err().strip(), "cannot write the outputs");
  }

  /** Case 17: a throwing rule fails its host, the others are analysed. */
  @Test
  void aThrowingRuleFailsItsHostOnly() {
    CliRunner.Run run = CliRunner.run("analyze", "--rules", rules("throw"), PENDING, HEALTHY);
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    has(
        run.err(),
        "chk-pending-reboot.json: rule X-THROW failed: java.lang.IllegalStateException: boom");
    has(run.out(), "APP2019-01");
  }

  /** Case 17: endless recursion is one line, not a thousand lines of trace and exit 1. */
  @Test
  void aRecursingRuleIsOneLine() {
    CliRunner.Run run = CliRunner.run("rules", "test", rules("recursion"));
    assertEquals(ExitCodes.FINDINGS, run.exitCode());
    has(run.out(), "rule X-RECURSION failed: stack overflow");
    assertTrue(run.out().lines().count() < 10);
  }

  /** Cases 12 and 17: a rule that never returns is stopped at the budget and named. */
  @Test
  void aRuleThatNeverReturnsIsStoppedAndNamed() {
    CliRunner.Run run =
        CliRunner.run(
            "batch",
            "--rules",
            rules("loop"),
            // Long enough that reading a small snapshot fits on a loaded machine, so the budget
            // always runs out inside the rule.
            "--host-timeout",
            "5s",
            "--jobs",
            "1",
            PENDING,
            HEALTHY,
            "--out",
            tmp.resolve("out").toString());
    assertEquals(ExitCodes.INPUTS_FAILED, run.exitCode(), run.err());
    has(run.err(), "over the time budget of 5.0 s");
    has(run.err(), "rule X-LOOP was still running");
    has(run.err(), "1 unreadable");
  }

  /** Case 17: the purity check sees through spaces, and refuses process exits. */
  @Test
  void exitsAndClockReadsWithSpacesAreRefused() throws IOException {
    Path rules = tmp.resolve("rules");
    copy(HOSTILE.resolve("rules-throw"), rules);
    Path drl = rules.resolve("checklist/X-THROW/rule.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace(
                "if (true) { throw new IllegalStateException(\"boom\"); }",
                "java.time.Instant t = java.time.Instant .now ();\n    System .exit (0);"));

    CliRunner.Run run = CliRunner.run("analyze", "--rules", rules.toString(), HEALTHY);

    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    has(run.err(), "rule.drl:10:");
    has(run.err(), "rules must not read the clock");
    has(run.err(), "rule.drl:11:5: rules must not end the process (System.exit()");
  }

  /** Case 17: a rule folder anyone can change is code anyone can run as you. */
  @Test
  void aWorldWritableRuleFolderIsRefused() throws IOException {
    Path rules = tmp.resolve("rules");
    copy(HOSTILE.resolve("rules-throw"), rules);
    Files.setPosixFilePermissions(
        rules, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    CliRunner.Run run = CliRunner.run("rules", "test", rules.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    has(run.err(), "can be changed by other users");
    has(run.err(), "--allow-unsafe-rules");
  }

  /** Case 13: control characters from inputs never reach the terminal. */
  @Test
  void controlCharactersFromInputsAreShownNotSent() throws IOException {
    Path in = tmp.resolve("evil.json");
    Files.writeString(
        in,
        Files.readString(SAMPLES.resolve("healthy-server2019.json"))
            .replace("\"APP2019-01\"", "\"APP\\u001b]0;owned\\u0007\\r\\nFAKE\\u202e\""));
    CliRunner.Run run = CliRunner.run("analyze", in.toString());
    assertFalse(run.out().contains("\u001b"), run.out());
    assertFalse(run.out().contains("\r"), run.out());
    assertFalse(run.out().contains("\u202e"), run.out());
    has(run.out(), "APP\\x1b]0;owned\\x07\\x0d\\x0aFAKE\\u202e");
    assertFalse(run.out().contains("\nFAKE"), run.out());
    assertFalse(run.err().contains("\u001b"), run.err());
  }

  /** Case 7: a report that cannot be written is exit 2 with one line, not a silent 0. */
  @Test
  void aFullStandardOutputIsExit2() {
    CliRunner.Run run = CliRunner.runWithFullOutput("analyze", HEALTHY);
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    has(run.err(), "cannot write to standard output");
  }

  private static void has(String text, String part) {
    assertTrue(text.contains(part), "expected " + part + " in:\n" + text);
  }

  private static String rules(String name) {
    return HOSTILE.resolve("rules-" + name).toString();
  }

  private static long temporaries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(AtomicFile::isTemporary).count();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

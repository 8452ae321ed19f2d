package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wuhealth.testing.Fifos;

/**
 * The file-system and input-error cases of issue 17 (items 3 to 7 and 14 to 16), each rebuilt and
 * run through the command line in process: the output folder as an input, folders that loop or
 * cannot be read, pipes and devices, a full standard output, secrets in inputs, documents with
 * something after them or a member twice, impossible builds, output folders that cannot be written.
 * Each ends with one clear line per problem and loses no good host.
 */
class HostileFilesTest {
  private static final Path SAMPLES = Path.of("../samples");
  private static final String HEALTHY = "../samples/healthy-server2019.json";
  private static final String TOKEN = "ghp_R2d2C3poBb8Yoda1234567890LukeLeia42";

  /** Generous: the cases end in about a second; a hang (a pipe read) must fail, not block CI. */
  private static final Duration NO_HANG = Duration.ofSeconds(60);

  @TempDir Path tmp;

  private Path twoHosts(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.copy(SAMPLES.resolve("fleet/app01.json"), dir.resolve("app01.json"));
    Files.copy(SAMPLES.resolve("fleet/web01.json"), dir.resolve("web01.json"));
    return dir;
  }

  /** Item 3: --out the input folder; the second run reads the inputs, not the first's outputs. */
  @Test
  void aBatchIntoItsOwnInputFolderReadsOnlyTheInputs() throws IOException {
    Path in = twoHosts(tmp.resolve("in"));
    for (int run = 1; run <= 2; run++) {
      CliRunner.Run r = CliRunner.run("batch", in.toString(), "--out", in.toString());
      assertTrue(r.exitCode() <= ExitCodes.FINDINGS, "run " + run + ": " + r.err());
      has(r.err(), "2 inputs: 2 hosts analysed, 0 unreadable, 0 files skipped");
      assertEquals(3, Files.readAllLines(in.resolve("hosts.csv")).size(), "header and 2 hosts");
    }
  }

  /** Item 3: an output folder inside the input folder, and an input folder inside the output's. */
  @Test
  void anOutputFolderInsideOrAboveTheInputsIsNeverAnInput() throws IOException {
    Path in = twoHosts(tmp.resolve("in"));
    Path inside = in.resolve("out");
    for (int run = 1; run <= 2; run++) {
      CliRunner.Run r = CliRunner.run("batch", in.toString(), "--out", inside.toString());
      has(r.err(), "2 inputs: 2 hosts analysed, 0 unreadable, 0 files skipped");
    }
    Path above = tmp.resolve("share");
    twoHosts(above.resolve("hosts"));
    for (int run = 1; run <= 2; run++) {
      CliRunner.Run r =
          CliRunner.run("batch", above.resolve("hosts").toString(), "--out", above.toString());
      has(r.err(), "2 inputs: 2 hosts analysed, 0 unreadable, 0 files skipped");
    }
  }

  /** Item 4: one subfolder that cannot be listed; the others are analysed. */
  @Test
  void anUnreadableSubfolderIsOneErrorAndTheBatchGoesOn() throws IOException {
    Path in = twoHosts(tmp.resolve("in"));
    Path locked = twoHosts(in.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions do not deny this user (root)");
      CliRunner.Run batch =
          CliRunner.run("batch", in.toString(), "--out", tmp.resolve("out").toString());
      assertEquals(ExitCodes.INPUTS_FAILED, batch.exitCode(), batch.err());
      has(batch.err(), "2 hosts analysed, 1 unreadable");
      has(Files.readString(tmp.resolve("out/errors.jsonl")), "cannot list this folder");

      CliRunner.Run glob = CliRunner.run("analyze", in + "/**.json");
      assertEquals(ExitCodes.USAGE_OR_INPUT, glob.exitCode());
      has(glob.err(), locked + ": cannot list this folder (permission denied)");
      has(glob.out(), "APP01");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /**
   * Item 5: two links to the folder itself, one to a sibling, one to a file in it and one to a
   * secret outside it. Each host is read once, the links are named, the secret is never read.
   */
  @Test
  void linksInAFolderAreNamedNotFollowed() throws IOException {
    Path in = twoHosts(tmp.resolve("in"));
    twoHosts(tmp.resolve("sibling"));
    Files.createSymbolicLink(in.resolve("x"), Path.of("."));
    Files.createSymbolicLink(in.resolve("y"), Path.of("."));
    Files.createSymbolicLink(in.resolve("s"), Path.of("../sibling"));
    Files.createSymbolicLink(in.resolve("again.json"), Path.of("app01.json"));
    Path secret = Files.writeString(tmp.resolve("token.json"), TOKEN + "\n");
    Files.createSymbolicLink(in.resolve("token.json"), secret);

    CliRunner.Run run =
        assertTimeoutPreemptively(
            NO_HANG, () -> CliRunner.run("analyze", in.toString(), "--format", "json"));

    assertTrue(run.exitCode() <= ExitCodes.FINDINGS, run.err());
    assertEquals(2, count(run.out(), "\"host\": {"), run.out());
    for (String link : List.of("again.json", "s", "token.json", "x", "y")) {
      has(run.err(), "skipped " + in.resolve(link) + ": a symbolic link;");
    }
    assertFalse(run.err().contains("ghp_"), run.err());
  }

  /** Item 6 and 16: a named pipe and a device, given directly, in every command that reads. */
  @ParameterizedTest
  @ValueSource(strings = {"analyze", "import", "batch", "check-package"})
  void aPipeOrADeviceIsNamedAndNeverRead(String command) throws Exception {
    Path fifo = Fifos.make(tmp.resolve("host.json"));
    for (Path special : List.of(fifo, Path.of("/dev/zero"))) {
      assumeTrue(Files.exists(special));
      String[] args =
          switch (command) {
            case "import" -> new String[] {"import", special.toString(), "--out", "-"};
            case "batch" ->
                new String[] {"batch", special.toString(), "--out", tmp.resolve("o").toString()};
            case "check-package" ->
                new String[] {"check-package", "--snapshot", special.toString(), "KB5005565"};
            default -> new String[] {command, special.toString()};
          };
      CliRunner.Run run = assertTimeoutPreemptively(NO_HANG, () -> CliRunner.run(args));
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      has(
          run.err(),
          special
              + (special.equals(fifo) ? ": a named pipe (FIFO)" : ": a character device")
              + ", not a regular file; wuhealth reads regular files only");
    }
  }

  /** Item 7: a full standard output fails every command that prints, with one line. */
  @ParameterizedTest
  @ValueSource(strings = {"import", "rules list", "kb status", "batch"})
  void aFullStandardOutputIsExit2(String command) {
    String[] args =
        switch (command) {
          case "import" -> new String[] {"import", "../samples/bundles/legacy2012r2", "--out", "-"};
          case "batch" ->
              new String[] {
                "batch", HEALTHY, "--out", tmp.resolve("o").toString(), "--format", "nagios"
              };
          default -> command.split(" ");
        };
    CliRunner.Run run = CliRunner.runWithFullOutput(args);
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), run.err());
    assertEquals(
        1, run.err().lines().filter(l -> l.startsWith("wuhealth: error:")).count(), run.err());
    has(run.err(), "cannot write to standard output");
  }

  /** Item 14: a secret read by mistake never reaches stderr, errors.jsonl or the HTML report. */
  @Test
  void aSecretFileIsNamedButNeverQuoted() throws IOException {
    Path in = twoHosts(tmp.resolve("in"));
    Path token = Files.writeString(in.resolve("token.json"), TOKEN + "\n");
    Files.writeString(in.resolve("notes.txt"), TOKEN + " is the deploy key\n");
    Path out = tmp.resolve("out");

    CliRunner.Run analyze = CliRunner.run("analyze", token.toString());
    CliRunner.Run batch = CliRunner.run("batch", in.toString(), "--out", out.toString());

    has(
        analyze.err(),
        token + ":1:40: malformed JSON: unexpected text where a JSON value was expected");
    has(batch.err(), "notes.txt: not an export wuhealth reads (starts with \"ghp_...\" (masked))");
    for (String text :
        List.of(
            analyze.err(),
            batch.err(),
            Files.readString(out.resolve("errors.jsonl")),
            Files.readString(out.resolve("report.html")))) {
      assertFalse(text.contains(TOKEN.substring(0, 8)), text);
    }
  }

  /** Item 15: a snapshot with a second document or script after it, or a member twice. */
  @Test
  void aSnapshotWithDataAfterItOrAMemberTwiceIsRefusedAtThePlace() throws IOException {
    String sample = Files.readString(Path.of(HEALTHY)).strip();
    long lines = sample.lines().count();
    Path trailing =
        Files.writeString(tmp.resolve("trailing.json"), sample + "\ngarbage <script>\n");
    Path twice =
        Files.writeString(
            tmp.resolve("twice.json"),
            sample.replaceFirst("\"build\": 17763,", "\"build\": 17763, \"build\": 9600,"));

    CliRunner.Run run = CliRunner.run("analyze", trailing.toString(), twice.toString(), HEALTHY);

    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    has(
        run.err(),
        trailing
            + ":"
            + (lines + 1)
            + ":8: data after the end of the snapshot document; a snapshot file holds one JSON"
            + " object");
    has(run.err(), twice + ": /os/build (line 16, column ");
    has(run.err(), "duplicate member \"build\"");
    assertFalse(run.err().contains("<script>"), run.err());
    has(run.out(), "APP2019-01");
  }

  /** Item 15: a registry export with a negative build or an all-ones UBR is refused at its line. */
  @Test
  void aRegistryExportWithAnImpossibleUbrIsRefusedAtItsLine() throws IOException {
    Path reg =
        Files.writeString(
            tmp.resolve("CurrentVersion.reg"),
            "Windows Registry Editor Version 5.00\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\r\n"
                + "\"ProductName\"=\"Windows Server 2019 Datacenter\"\r\n"
                + "\"CurrentBuild\"=\"17763\"\r\n"
                + "\"UBR\"=dword:ffffffff\r\n");

    CliRunner.Run imported = CliRunner.run("import", reg.toString(), "--out", "-");
    CliRunner.Run analyzed = CliRunner.run("analyze", reg.toString());

    for (CliRunner.Run run : List.of(imported, analyzed)) {
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), run.err());
      has(
          run.err(),
          reg + ":6: UBR is 4294967295, out of range (a build or UBR is 0 to 2147483647)");
    }
  }

  /** Item 16: Jackson's limits are said in plain words, with the place. */
  @Test
  void aDocumentNestedTooDeeplyIsSaidInPlainWords() throws IOException {
    Path deep =
        Files.writeString(
            tmp.resolve("deep.json"),
            "{\"schemaVersion\": 1, \"x\": " + "[".repeat(3000) + "]".repeat(3000) + "}");
    CliRunner.Run run = CliRunner.run("analyze", deep.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    has(run.err(), deep + ":1:");
    has(run.err(), "malformed JSON: nested deeper than 1000 levels of objects and arrays");
    assertFalse(run.err().contains("StreamReadConstraints"), run.err());
  }

  /** Item 16: an output path that is a file, or under /proc, is exit 2 with one line. */
  @Test
  void outputFoldersThatCannotBeWrittenAreExit2InEveryCommand() throws IOException {
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    Path cvrf = Path.of("src/test/resources/org/wuhealth/kb/cvrfDocument-2026-Jan-excerpt.json");
    List<List<String>> commands =
        List.of(
            List.of("batch", HEALTHY, "--out", file.toString()),
            List.of("import", HEALTHY, "--out", file + "/x.json"),
            List.of("import", HEALTHY, "--out", "/proc/wuhealth-x.json"),
            List.of("kb", "build", "--cvrf", cvrf.toString(), "--out", file.toString()),
            List.of("kb", "build", "--cvrf", cvrf.toString(), "--out", "/proc/wuhealth-kb"),
            List.of("kb", "update", "--from", cvrf.toString(), "--knowledge", file.toString()),
            List.of("rules", "new", "X-ONE", "--category", "checklist", "--dir", file.toString()));
    for (List<String> args : commands) {
      CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), args + ": " + run.err());
      List<String> errors =
          run.err().lines().filter(l -> l.startsWith("wuhealth: error:")).toList();
      assertEquals(1, errors.size(), args + ": " + run.err());
      assertFalse(errors.get(0).endsWith(": " + file), args + ": a bare path says nothing");
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  private static void has(String text, String part) {
    assertTrue(text.contains(part), "expected " + part + " in:\n" + text);
  }
}

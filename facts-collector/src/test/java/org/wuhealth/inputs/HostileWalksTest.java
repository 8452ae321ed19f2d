package org.wuhealth.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.testing.Fifos;

/**
 * Folders an attacker (or a messy share) makes (issue 17, items 4, 5, 6): links that loop, links
 * out of the folder, named pipes, subfolders that cannot be listed. The walk reads each regular
 * file once and reports the rest, each with its path.
 */
class HostileWalksTest {
  private static final String LINK =
      "a symbolic link; links inside a folder are not followed (name the file itself to read it)";

  @TempDir Path tmp;

  @Test
  void linksThatLoopAreReportedNotFollowed() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("share"));
    Path host =
        Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("h.json"), "{}");
    Path sibling = Files.createDirectories(tmp.resolve("sibling"));
    Files.writeString(sibling.resolve("other.json"), "{}");
    Files.createSymbolicLink(dir.resolve("x"), Path.of("."));
    Files.createSymbolicLink(dir.resolve("y"), Path.of("."));
    Files.createSymbolicLink(dir.resolve("s"), Path.of("../sibling"));
    Files.createSymbolicLink(dir.resolve("again.json"), Path.of("a/h.json"));

    InputFiles.Expansion found = InputFiles.expand(dir.toString());

    assertEquals(List.of(host), found.files().stream().map(Path::of).toList());
    assertEquals(
        List.of(
            new Skipped(dir.resolve("again.json").toString(), LINK),
            new Skipped(dir.resolve("s").toString(), LINK),
            new Skipped(dir.resolve("x").toString(), LINK),
            new Skipped(dir.resolve("y").toString(), LINK)),
        found.skipped());
  }

  @Test
  void aLinkToASecretOutsideTheFolderIsNotRead() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("share"));
    Path secret =
        Files.writeString(tmp.resolve("token.json"), "ghp_R2d2C3poBb8Yoda1234567890LukeLeia42");
    Files.createSymbolicLink(dir.resolve("token.json"), secret);

    InputPlan plan = new Inputs(1 << 20, "test").plan(List.of(dir.toString()));

    assertEquals(List.of(), plan.hosts());
    assertEquals(List.of(new Skipped(dir.resolve("token.json").toString(), LINK)), plan.skipped());
  }

  @Test
  void aFolderNamedThroughALinkIsWalkedUnderItsName() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Files.writeString(real.resolve("h.json"), "{}");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    assertEquals(
        List.of(link.resolve("h.json")),
        InputFiles.expand(link.toString()).files().stream().map(Path::of).toList());
  }

  @Test
  void aNamedPipeInAFolderIsSkippedAndNamedAloneIsAnError() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("share"));
    Path host = Files.writeString(dir.resolve("h.json"), "{}");
    Path fifo = Fifos.make(dir.resolve("pipe.json"));

    InputFiles.Expansion found = InputFiles.expand(dir.toString());
    assertEquals(List.of(host), found.files().stream().map(Path::of).toList());
    assertEquals(
        List.of(new Skipped(fifo.toString(), "a named pipe (FIFO), not a regular file")),
        found.skipped());

    InputException alone =
        assertThrows(InputException.class, () -> InputFiles.expand(fifo.toString()));
    assertEquals(
        fifo + ": a named pipe (FIFO), not a regular file; wuhealth reads regular files only",
        alone.getMessage());
  }

  @Test
  void aDeviceNamedAloneSaysWhatItIs() {
    assumeFalse(!Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
    InputException e = assertThrows(InputException.class, () -> InputFiles.expand("/dev/zero"));
    assertEquals(
        "/dev/zero: a character device, not a regular file; wuhealth reads regular files only",
        e.getMessage());
  }

  /** Where the folder can really be closed (not as root), the walk goes on past it. */
  @Test
  void anUnreadableSubfolderIsOneProblemAndTheWalkGoesOn() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("share"));
    Path host = Files.writeString(dir.resolve("h.json"), "{}");
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("in.json"), "{}");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions do not deny this user (root)");
      InputFiles.Expansion found = InputFiles.expand(dir.toString());
      assertEquals(List.of(host), found.files().stream().map(Path::of).toList());
      assertEquals(1, found.problems().size());
      assertEquals(
          locked
              + ": cannot list this folder (permission denied); the files in it were not read"
              + " (give the user running wuhealth read access)",
          found.problems().get(0).getMessage());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** The same failure as the walker meets it, for machines where permissions do not deny. */
  @Test
  void aFolderThatFailsToOpenIsRecordedAndTheWalkContinues() {
    InputFiles.Walk walk = new InputFiles.Walk(p -> true, p -> p);
    Path locked = tmp.resolve("locked");
    assertEquals(
        FileVisitResult.CONTINUE,
        walk.visitFileFailed(locked, new AccessDeniedException(locked.toString())));
    assertEquals(
        FileVisitResult.CONTINUE,
        walk.postVisitDirectory(tmp, new IOException("Input/output error")));
    assertEquals(2, walk.problems.size());
    assertTrue(
        walk.problems
            .get(0)
            .getMessage()
            .startsWith(locked + ": cannot list this folder (permission denied)"),
        walk.problems.get(0).getMessage());
    assertEquals(
        tmp + ": cannot list this folder (Input/output error); the files in it were not read",
        walk.problems.get(1).getMessage());
  }

  @Test
  void anUnreadableSubfolderIsAPlanProblemBesideTheHosts() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("share"));
    Files.copy(Path.of("../samples/healthy-server2019.json"), dir.resolve("h.json"));
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions do not deny this user (root)");
      InputPlan plan = new Inputs(1 << 20, "test").plan(List.of(dir + "/**"));
      assertEquals(1, plan.hosts().size());
      assertEquals(1, plan.problems().size());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}

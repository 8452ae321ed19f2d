package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.testing.Fifos;

/**
 * Snapshot documents an attacker would write (issue 17, items 6, 14, 15, 16): each is refused with
 * one line that names the place, never quotes a secret and never names Jackson's settings.
 */
class HostileDocumentsTest {
  private static final Path SAMPLE = Path.of("..", "samples", "healthy-server2019.json");
  private static final String TOKEN = "ghp_R2d2C3poBb8Yoda1234567890LukeLeia42";

  @TempDir Path tmp;

  /** The one-line error, which also keeps the JSON parser's internals out. */
  private static String error(String json) {
    String message = ReadErrors.of(json);
    assertFalse(message.contains("StreamReadConstraints"), message);
    assertFalse(message.contains("Source:"), message);
    return message;
  }

  private static String sample() throws IOException {
    return Files.readString(SAMPLE);
  }

  @Test
  void aSecondDocumentAfterTheSnapshotIsRefusedAtItsPlace() throws IOException {
    String text = sample().strip();
    int lines = (int) text.lines().count();
    assertEquals(
        "x.json:"
            + (lines + 1)
            + ":1: data after the end of the snapshot document; a snapshot"
            + " file holds one JSON object",
        error(text + "\n{\"schemaVersion\": 1}\n"));
  }

  @Test
  void textAfterTheSnapshotIsRefusedWithoutQuotingIt() throws IOException {
    String message = error(sample().strip() + "\ngarbage <script>alert(1)</script>\n");
    assertTrue(message.contains(": data after the end of the snapshot document"), message);
    assertFalse(message.contains("garbage"), message);
    assertFalse(message.contains("<script>"), message);
  }

  @Test
  void aDuplicateMemberIsRefusedWithItsPointer() throws IOException {
    String text = sample().replaceFirst("\"build\": 17763,", "\"build\": 17763, \"build\": 9600,");
    String message = error(text);
    assertTrue(message.startsWith("x.json: /os/build (line "), message);
    assertTrue(
        message.endsWith("malformed JSON: duplicate member \"build\" (each name may appear once)"),
        message);
  }

  @Test
  void aTokenFileIsRefusedWithoutItsToken() {
    String message = error(TOKEN + "\n");
    assertEquals(
        "x.json:1:40: malformed JSON: unexpected text where a JSON value was expected", message);
  }

  @Test
  void aTokenInAValueIsMasked() throws IOException {
    String message =
        error(
            sample()
                .replace(
                    "\"collectedAt\": \"2026-11-20T08:15:00Z\"",
                    "\"collectedAt\": \"" + TOKEN + "\""));
    assertTrue(message.startsWith("x.json: /collectedAt (line 3, column 18): "), message);
    assertFalse(message.contains(TOKEN.substring(0, 8)), message);
  }

  @Test
  void deepNestingIsNamedInPlainWords() {
    String message =
        error("{\"schemaVersion\": 1, \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
    assertTrue(message.contains("nested deeper than 1000 levels of objects and arrays"), message);
    assertFalse(message.contains("getMax"), message);
  }

  @Test
  void aHugeNumberIsNamedInPlainWords() {
    String message = error("{\"schemaVersion\": 1, \"x\": " + "9".repeat(5000) + "}");
    assertTrue(message.contains("a number longer than 1000 digits"), message);
  }

  @Test
  void aControlCharacterInAStringIsNamedByItsCode() {
    String message = error("{\"schemaVersion\": 1, \"x\": \"a\u0007b\"}");
    assertTrue(message.contains("control character U+0007 inside a string"), message);
  }

  @Test
  void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = Fifos.make(tmp.resolve("snapshot.json"));
    InputException e = assertThrows(InputException.class, () -> new SnapshotReader().read(fifo));
    assertEquals(
        fifo + ": a named pipe (FIFO), not a regular file; wuhealth reads regular files only",
        e.getMessage());
  }

  @Test
  void aDeviceThatNeverEndsIsRefusedWithoutReadingIt() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    InputException e = assertThrows(InputException.class, () -> new SnapshotReader().read(zero));
    assertEquals(
        "/dev/zero: a character device, not a regular file; wuhealth reads regular files only",
        e.getMessage());
  }
}

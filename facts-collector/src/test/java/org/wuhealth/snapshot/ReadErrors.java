package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

/** The error the snapshot reader gives for a document it refuses (read as {@code x.json}). */
final class ReadErrors {
  private ReadErrors() {}

  /** The message, which must be one line. */
  static String of(String json) {
    InputException e =
        assertThrows(
            InputException.class,
            () -> new SnapshotReader().read("x.json", json.getBytes(StandardCharsets.UTF_8)));
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e.getMessage();
  }
}

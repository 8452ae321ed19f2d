package org.wuhealth.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file (UTF-8). With {@code -Dwuhealth.updateGolden=true} the file is
 * written instead, so a reviewed change of output is one command; a missing file fails, never
 * passes.
 */
public final class Golden {
  private static final boolean UPDATE = Boolean.getBoolean("wuhealth.updateGolden");

  private Golden() {}

  public static void assertMatches(Path expected, String actual) throws IOException {
    if (UPDATE) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(expected),
        "missing golden file " + expected + " (run with -Dwuhealth.updateGolden=true)");
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8), actual, "differs from " + expected);
  }
}

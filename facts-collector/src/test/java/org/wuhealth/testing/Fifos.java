package org.wuhealth.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Named pipes for tests: Java cannot make one, {@code mkfifo} can (the test is skipped without).
 */
public final class Fifos {
  private Fifos() {}

  public static Path make(Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      assumeTrue(p.waitFor() == 0 && Files.exists(path), "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: " + e.getMessage());
    }
    return path;
  }
}

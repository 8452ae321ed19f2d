package org.wuhealth.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the seeds of every reader ({@link Reader#seeds}) into Jazzer's generated-corpus folders
 * ({@code .cifuzz-corpus/<test class>/<method>/}) before a fuzzing run; bench/fuzz/run.sh calls it.
 * The seeds stay in the test resources: nothing is copied into the repository.
 */
public final class SeedCorpus {
  private SeedCorpus() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(".cifuzz-corpus", ReadersFuzzTest.class.getName());
    for (Reader reader : Reader.values()) {
      Path folder = root.resolve(method(reader));
      Files.createDirectories(folder);
      List<byte[]> seeds = reader.seeds();
      for (int i = 0; i < seeds.size(); i++) {
        Files.write(folder.resolve(String.format(Locale.ROOT, "seed-%03d", i)), seeds.get(i));
      }
      System.out.printf(Locale.ROOT, "%-18s %3d seeds%n", method(reader), seeds.size());
    }
  }

  /** The fuzz test method of a reader: WINDOWS_UPDATE_LOG is windowsUpdateLog. */
  static String method(Reader reader) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : reader.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }
}

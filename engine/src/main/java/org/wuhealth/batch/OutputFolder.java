package org.wuhealth.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * Which existing files in a batch's {@code --out} a batch may replace: missing ones, and the files
 * a batch wrote, known by their first bytes. A user's snapshot called summary.json, or any file of
 * an output's name that a batch did not write, is left alone and the batch refused.
 */
public final class OutputFolder {
  private static final int HEAD = 4096;

  /** The files a batch writes in its output folder. */
  public static final Set<String> NAMES =
      Set.of(
          BatchOutputs.FINDINGS,
          BatchOutputs.HOSTS,
          BatchOutputs.ERRORS,
          BatchOutputs.SUMMARY,
          BatchOutputs.REPORT,
          BatchOutputs.METRICS);

  /** An output name taken by a file this tool did not write. */
  public static final class Conflict extends IOException {
    private static final long serialVersionUID = 1L;

    Conflict(Path file) {
      super(
          file
              + " exists and was not written by wuhealth batch; it is not replaced (choose another"
              + " --out folder, or move the file)");
    }
  }

  private OutputFolder() {}

  static void checkReplaceable(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !written(file)) {
      throw new Conflict(file);
    }
  }

  private static boolean written(Path file) throws IOException {
    String head;
    try (InputStream in = Files.newInputStream(file)) {
      head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
    }
    String name = file.getFileName().toString();
    return switch (name) {
      case BatchOutputs.FINDINGS -> head.isEmpty() || head.startsWith("{\"scope\":");
      case BatchOutputs.ERRORS -> head.isEmpty() || head.startsWith("{\"file\":");
      case BatchOutputs.HOSTS -> head.startsWith(Csv.row(HostRenderer.CSV_HEADER));
      case BatchOutputs.SUMMARY ->
          head.matches("(?s)\\{\\s*\"tool\"\\s*:\\s*\"wuhealth\".*")
              && head.contains("\"batchFormat\"");
      case BatchOutputs.REPORT ->
          head.startsWith("<!DOCTYPE html>") && head.contains("<title>wuhealth fleet report");
      case BatchOutputs.METRICS -> head.isEmpty() || head.startsWith("# HELP wuhealth_");
      default -> false;
    };
  }
}

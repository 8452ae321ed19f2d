package org.wuhealth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The snapshots of {@code samples/}, as the CLI is given them, and their JSON report. */
final class Samples {
  private Samples() {}

  /** Every {@code samples/*.json} (not the fleet folder), sorted, as {@code ../samples/NAME}. */
  static List<String> jsonFiles() throws IOException {
    try (Stream<Path> list = Files.list(Path.of("..", "samples"))) {
      return list.filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .map(p -> "../samples/" + p.getFileName())
          .toList();
    }
  }

  /** The {@code results} of one {@code analyze --format json} of these files, in their order. */
  static JsonNode jsonResults(List<String> files) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("analyze", "--format", "json", "--fail-on", "none"));
    args.addAll(files);
    return new ObjectMapper()
        .readTree(CliRunner.run(args.toArray(String[]::new)).out())
        .get("results");
  }
}

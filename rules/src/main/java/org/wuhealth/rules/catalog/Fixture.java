package org.wuhealth.rules.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A snapshot file next to a rule: {@code fires-*.json} must make the rule fire, {@code ok-*.json}
 * must not (at least one of them is a near miss: the symptom without this cause). The folder's
 * {@code tests.yml} may say more about a fixture ({@link CaseExpectation}). A fleet rule's fixture
 * is a folder {@code fires-*}/{@code ok-*} of snapshot files, one per host.
 */
public record Fixture(Path path, boolean expectFires, CaseExpectation expectation) {
  public String name() {
    return path.getFileName().toString();
  }

  /** The snapshot files of this fixture: the file itself, or a folder's .json files, sorted. */
  public List<Path> snapshots() {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

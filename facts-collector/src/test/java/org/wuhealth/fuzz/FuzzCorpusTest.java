package org.wuhealth.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normal test run replays the fuzzing corpus: every seed of every reader (the real captures and
 * logs) through the same target the fuzzer runs, and every reproducer of a finding that the fuzzer
 * saved under {@code ReadersFuzzTestInputs/<method>/} (so the Jazzer agent, which costs seconds of
 * instrumentation, is needed only to fuzz). Each reader has a fuzz test method.
 */
class FuzzCorpusTest {
  private static final Path INPUTS =
      Path.of("src/test/resources/org/wuhealth/fuzz/ReadersFuzzTestInputs");

  static Stream<Arguments> readers() {
    return Stream.of(Reader.values()).map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("readers")
  void everySeedIsReadWithoutAFinding(Reader reader) {
    var seeds = reader.seeds();
    assertFalse(seeds.isEmpty(), reader + " has no seed");
    seeds.forEach(reader::read);
  }

  @ParameterizedTest
  @MethodSource("readers")
  void everyReproducerIsReadWithoutAFinding(Reader reader) throws IOException {
    Path folder = INPUTS.resolve(SeedCorpus.method(reader));
    assertDoesNotThrow(
        () -> ReadersFuzzTest.class.getDeclaredMethod(SeedCorpus.method(reader), byte[].class));
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.sorted().toList()) {
          reader.read(Files.readAllBytes(file));
        }
      }
    }
  }
}

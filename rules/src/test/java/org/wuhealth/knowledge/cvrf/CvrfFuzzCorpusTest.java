package org.wuhealth.knowledge.cvrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The normal test run replays the CVRF fuzz target's corpus without the Jazzer agent: every seed
 * and every reproducer Jazzer saved under {@code CvrfFuzzTestInputs/cvrf/}. The XML reader resolves
 * no entity: an external one (XXE) never reads the file it names, nested ones (billion laughs)
 * never expand.
 */
class CvrfFuzzCorpusTest {
  private static final Path INPUTS = CvrfTarget.RESOURCES.resolve("CvrfFuzzTestInputs/cvrf");

  @Test
  void everySeedIsReadWithoutAFinding() {
    assertEquals(7, CvrfTarget.seeds().size(), "five excerpts, two entity attacks");
    CvrfTarget.seeds().forEach(CvrfTarget::read);
  }

  @Test
  void everyReproducerIsReadWithoutAFinding() throws IOException {
    if (Files.isDirectory(INPUTS)) {
      try (Stream<Path> files = Files.list(INPUTS)) {
        for (Path file : files.sorted().toList()) {
          CvrfTarget.read(Files.readAllBytes(file));
        }
      }
    }
  }

  @Test
  void anExternalEntityIsNeverRead(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "ghp_0123456789abcdef");
    CvrfException e = refused(CvrfTarget.externalEntity(secret.toUri().toString()));
    assertEquals(
        "attack.xml:3:56: not well-formed XML (truncated?): The entity \"secret\" was referenced,"
            + " but not declared.",
        e.getMessage());
  }

  @Test
  void nestedEntitiesNeverExpand() {
    CvrfException e = refused(CvrfTarget.BILLION_LAUGHS);
    assertTrue(e.getMessage().contains("The entity \"i\" was referenced, but not declared"));
  }

  private static CvrfException refused(String xml) {
    return assertThrows(
        CvrfException.class,
        () ->
            CvrfFiles.read(
                "attack.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
  }
}

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
  void aControlCharacterInTheDtdIsBadXmlNotACrash() throws IOException {
    // the fuzzer's first finding: the JDK's parser threw MissingResourceException
    byte[] xml =
        Files.readAllBytes(INPUTS.resolve("crash-37cdb8a532ba26d5a9afa73e026d5b3eb823c282"));
    CvrfException e =
        assertThrows(
            CvrfException.class, () -> CvrfFiles.read("dtd.xml", new ByteArrayInputStream(xml)));
    assertTrue(e.getMessage().startsWith("dtd.xml:2:"), e.getMessage());
    assertTrue(e.getMessage().endsWith(": not well-formed XML: InvalidCharInDTD"), e.getMessage());
  }

  @Test
  void aZipEntryNameThatIsNotUtf8IsADamagedArchiveNotACrash(@TempDir Path dir) throws IOException {
    // the fuzzer's second finding: ZipInputStream threw IllegalArgumentException
    Path zip =
        Files.copy(
            INPUTS.resolve("crash-7c9085df8e7e2a1a94408987f90594ed753faa35"),
            dir.resolve("names.zip"));
    CvrfException e = assertThrows(CvrfException.class, () -> CvrfFiles.read(zip));
    assertEquals(zip + ": damaged zip archive: an entry name is not valid UTF-8", e.getMessage());
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

package org.wuhealth.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.wuhealth.importers.text.TextDecoding;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.SourceFile;

/** Test inputs: the hand-written captures, the real ones, and files made of bytes. */
public final class TestFiles {
  /** Hand-written captures of every format, under src/test/resources. */
  public static final Path CAPTURES = Path.of("src/test/resources/org/wuhealth/importers/captures");

  /**
   * Real Windows captures: every systeminfo and wmic qfe capture of WES-NG's validation folder
   * (BSD-3, see LICENSE-wesng.txt and SOURCE.md there).
   */
  public static final Path REAL_EXPORTS =
      Path.of("src/test/resources/org/wuhealth/importers/real-exports/wesng-validation");

  /** A fixed collection time, so that imports do not depend on file times. */
  public static final Instant COLLECTED = Instant.parse("2026-11-20T08:00:00Z");

  /** The registry captures of one WSUS server (WSUS01), as {@code reg export} wrote them. */
  public static final List<String> WSUS01_REGISTRY =
      List.of(
          "registry/currentversion.reg",
          "registry/wu-policy-regedit4.reg",
          "registry/component-based-servicing.reg",
          "registry/session-manager.reg",
          "registry/productoptions-computername.reg",
          "registry/windowsupdate-and-wsus-setup.reg");

  private TestFiles() {}

  public static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] capture(String relative) {
    return bytes(CAPTURES.resolve(relative));
  }

  /** A capture decoded the way the importer decodes it. */
  public static String text(String relative) {
    return TextDecoding.decode(capture(relative)).text();
  }

  /** A file made of bytes, named as given. */
  public static SourceFile file(String name, byte[] bytes) {
    return new SourceFile() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public Instant modified() {
        return null;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }
    };
  }

  public static SourceFile file(String name, String utf8) {
    return file(name, utf8.getBytes(StandardCharsets.UTF_8));
  }

  /** A capture as a source file named by its path below the captures folder. */
  public static SourceFile captureFile(String relative) {
    return file(relative, capture(relative));
  }

  /** The text of a capture that the format detector must recognise as {@code type}. */
  public static String textOf(FileType type, String relative) {
    assertEquals(
        type,
        FormatDetector.detect(capture(relative)).type(),
        relative + " is recognised by its content");
    return text(relative);
  }

  /** Imports captures (paths below the captures folder) as one host. */
  public static ImportResult importCaptures(List<String> relative) throws ImportException {
    return importAll(relative.stream().map(TestFiles::captureFile).toList());
  }

  /** Imports files as one host with the fixed collection time. */
  public static ImportResult importAll(List<SourceFile> files) throws ImportException {
    return new Importer(ImportLimits.DEFAULT)
        .importFiles("test", files, List.of(), new Importer.Options("0.1.0", null, COLLECTED));
  }
}

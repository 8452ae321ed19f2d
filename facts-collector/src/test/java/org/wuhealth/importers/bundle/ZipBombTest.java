package org.wuhealth.importers.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.importers.Importer;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;

/**
 * Zip bombs within the limits (issue 17, case 11), each refused with one line. The time-outs are
 * far above what a refusal takes (milliseconds) and far below what the bombs took (20 minutes and
 * more for the first): they only stop a regression from hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ZipBombTest {
  private static final int MIB = 1024 * 1024;

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private ImportException refused(Path zip) {
    return assertThrows(
        ImportException.class,
        () ->
            new Importer(ImportLimits.DEFAULT)
                .importPaths(
                    zip.toString(), List.of(zip), new Importer.Options("0.1.0", null, null)));
  }

  @Test
  void entriesSharingOneCompressedEntryAreRefused() throws Exception {
    Path zip = write("overlap.zip", HostileZips.overlapping(9_991, MIB));
    assertEquals(
        zip + ": 9990 entries share bytes with another; refusing a possible zip bomb",
        refused(zip).getMessage());
  }

  @Test
  void anEntryInsideAnotherEntrysDataIsRefused() throws Exception {
    Path zip = write("nested.zip", HostileZips.nested());
    assertEquals(
        zip + ": 1 entry shares bytes with another; refusing a possible zip bomb",
        refused(zip).getMessage());
  }

  @Test
  void aClaimedCompressedSizeBeyondTheFileIsRefused() throws Exception {
    Path zip = write("claims.zip", HostileZips.claimingCompressedSize(8 * MIB, 200_000_000));
    assertEquals(
        zip
            + ": an entry claims 200000000 compressed bytes, more than the file holds before its"
            + " central directory; refusing a possible zip bomb",
        refused(zip).getMessage());
  }

  @Test
  void theRatioIsCountedFromTheCompressedBytesReallyRead() throws Exception {
    // 8 MiB of zeros deflate to about 8 KB; 64 KB of padding make the directory's ratio 116:1
    Path zip = write("padded.zip", HostileZips.padded(8 * MIB, 64 * 1024));
    try (Bundle bundle = Bundle.of(List.of(zip), ImportLimits.DEFAULT);
        InputStream in = bundle.files().get(0).open()) {
      IOException e = assertThrows(IOException.class, in::readAllBytes);
      assertTrue(
          e.getMessage()
              .matches(
                  "inflated \\d+ bytes from \\d+ compressed bytes read, more than 200:1;"
                      + " refusing a possible zip bomb"),
          e.getMessage());
    }
  }

  @Test
  void theTotalCountsEveryReadOfEveryEntry() throws Exception {
    // honest entries, each read twice (a head, then all of it), over a total of 3 MiB
    Path file = dir.resolve("many.zip");
    Random random = new Random(17);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < 4; i++) {
        byte[] data = new byte[MIB];
        random.nextBytes(data);
        zip.putNextEntry(new ZipEntry("part-" + i + ".log"));
        zip.write(data);
        zip.closeEntry();
      }
    }
    ImportLimits limits = new ImportLimits(4 * MIB, 4 * MIB, 10, 3 * MIB, 200);
    try (Bundle bundle = Bundle.of(List.of(file), limits)) {
      IOException e =
          assertThrows(
              IOException.class,
              () -> {
                for (var entry : bundle.files()) {
                  try (InputStream head = entry.open()) {
                    head.readNBytes(4096);
                  }
                  try (InputStream all = entry.open()) {
                    all.readAllBytes();
                  }
                }
              });
      assertEquals("the archive inflates beyond " + 3 * MIB + " bytes in total", e.getMessage());
    }
  }
}

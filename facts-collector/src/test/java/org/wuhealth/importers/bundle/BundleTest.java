package org.wuhealth.importers.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.importers.ImportResult;
import org.wuhealth.importers.Importer;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.parsing.SourceFile;

class BundleTest {
  @TempDir Path dir;

  private Path zip(String name, Map<String, byte[]> entries) throws IOException {
    Path zip = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void unsafeNamesAreRefusedAndNeverUsedAsPaths() throws Exception {
    Path zip =
        zip(
            "case.zip",
            Map.of(
                "systeminfo.txt", TestFiles.capture("systeminfo/languages/en.txt"),
                "../../etc/cron.d/evil", new byte[] {1},
                "/etc/passwd", new byte[] {1},
                "C:\\Windows\\evil.dll", new byte[] {1}));
    try (Bundle bundle = Bundle.of(List.of(zip), ImportLimits.DEFAULT)) {
      assertEquals(
          List.of(zip + "!/systeminfo.txt"),
          bundle.files().stream().map(SourceFile::name).toList());
      assertEquals(3, bundle.skipped().size());
      assertTrue(
          bundle.skipped().stream()
              .map(Skipped::reason)
              .anyMatch(r -> r.contains("leaves the archive")));
      assertTrue(
          bundle.skipped().stream()
              .map(Skipped::reason)
              .anyMatch(r -> r.contains("absolute path")));
    }
  }

  @Test
  void tooManyEntriesRefuseTheArchive() throws Exception {
    Path zip = zip("many.zip", Map.of("a", new byte[1], "b", new byte[1], "c", new byte[1]));
    ImportLimits two = new ImportLimits(1024, 1024, 2, 1024, 200);
    ImportException e = assertThrows(ImportException.class, () -> Bundle.of(List.of(zip), two));
    assertEquals(zip + ": more than 2 entries; refusing the archive", e.getMessage());
  }

  @Test
  void aZipBombIsRefusedByItsCompressionRatio() throws Exception {
    Path zip = zip("bomb.zip", Map.of("CBS.log", new byte[8 * 1024 * 1024]));
    ImportException e =
        assertThrows(ImportException.class, () -> Bundle.of(List.of(zip), ImportLimits.DEFAULT));
    assertTrue(e.getMessage().startsWith(zip + "!/CBS.log: compressed "), e.getMessage());
    assertTrue(e.getMessage().endsWith("refusing a possible zip bomb"), e.getMessage());
  }

  @Test
  void whatAnEntryInflatesToIsCountedWhileReading() throws Exception {
    byte[] log = TestFiles.capture("logs/CBS-2016.log");
    Path zip = zip("logs.zip", Map.of("CBS.log", log));
    ImportLimits small = new ImportLimits(1024, 100_000, 10, 1000, 200);
    try (Bundle bundle = Bundle.of(List.of(zip), small);
        InputStream in = bundle.files().get(0).open()) {
      IOException e = assertThrows(IOException.class, in::readAllBytes);
      assertEquals("the archive inflates beyond 1000 bytes in total", e.getMessage());
    }
  }

  @Test
  void aZipInsideAZipIsSkippedAndASnapshotIsNotMerged() throws Exception {
    Path inner = zip("inner.zip", Map.of("x.txt", new byte[] {'x'}));
    Path zip =
        zip(
            "outer.zip",
            Map.of(
                "systeminfo.txt", TestFiles.capture("systeminfo/languages/en.txt"),
                "inner.zip", Files.readAllBytes(inner),
                "old-snapshot.json", "{\"schemaVersion\": 1}".getBytes()));
    ImportResult r =
        new Importer(ImportLimits.DEFAULT)
            .importPaths(
                "outer.zip",
                List.of(zip),
                new Importer.Options("0.1.0", null, TestFiles.COLLECTED));
    assertEquals("WSUS-LANG01", r.snapshot().hostName());
    assertEquals(
        List.of(
            zip
                + "!/inner.zip: skipped: an archive inside an archive is not opened; unpack it first",
            zip
                + "!/old-snapshot.json: skipped: a wuhealth snapshot is not merged into an import; analyze it on its own"),
        r.skipped().stream().map(Skipped::toString).sorted().toList());
  }

  @Test
  void aDirectoryIsEveryFileBelowIt() throws Exception {
    Path bundle = Files.createDirectories(dir.resolve("case/logs"));
    Files.write(
        dir.resolve("case/systeminfo.txt"), TestFiles.capture("systeminfo/languages/de.txt"));
    Files.write(
        bundle.resolve("ReportingEvents.log"),
        TestFiles.capture("logs/ReportingEvents-2008r2.log"));
    zip("case/logs/more.zip", Map.of("CBS.log", TestFiles.capture("logs/CBS-2016.log")));
    ImportResult r =
        new Importer(ImportLimits.DEFAULT)
            .importPaths(
                "case", List.of(dir.resolve("case")), new Importer.Options("0.1.0", null, null));
    assertEquals(3, r.imported().size());
    assertEquals(3, r.snapshot().installAttempts().size());
    assertTrue(r.snapshot().events().stream().anyMatch(e -> "0x80073701".equals(e.code())));
  }
}

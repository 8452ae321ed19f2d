package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.importers.ImportLimits;
import org.wuhealth.importers.Importer;
import org.wuhealth.snapshot.SnapshotReader;

class InputLoaderTest {
  static final Path CAPTURES =
      Path.of("../facts-collector/src/test/resources/org/wuhealth/importers/captures");
  static final Path BUNDLE = Path.of("../samples/bundles/legacy2012r2");

  private final InputLoader loader =
      new InputLoader(new SnapshotReader(), new Importer(ImportLimits.DEFAULT), "0.1.0");

  @TempDir Path dir;

  private List<InputLoader.Loaded> load(Path path) {
    return loader.load(path.toString());
  }

  private static String describe(InputLoader.Loaded loaded) {
    if (loaded instanceof InputLoader.Host h) {
      return "host " + h.source() + " " + h.snapshot().hostName();
    }
    if (loaded instanceof InputLoader.Failure f) {
      return "error " + f.error().getMessage();
    }
    InputLoader.Ignored i = (InputLoader.Ignored) loaded;
    return "skipped " + i.file() + ": " + i.reason();
  }

  @Test
  void aDirectoryWithAnExportInItIsOneHostsBundle() {
    List<InputLoader.Loaded> loaded = load(BUNDLE);
    assertEquals(
        List.of("host " + BUNDLE + " LEGACY2012R2-02"),
        loaded.stream().map(InputLoaderTest::describe).toList());
    InputLoader.Host host = (InputLoader.Host) loaded.get(0);
    assertTrue(
        host.warnings().stream().anyMatch(w -> w.contains("README-case.txt: skipped")),
        host.warnings().toString());
  }

  @Test
  void aCollectionHoldsSnapshotsZipsAndBundleFolders() throws Exception {
    Files.copy(Path.of("../samples/healthy-server2016.json"), dir.resolve("a-snapshot.json"));
    Path host1 = Files.createDirectories(dir.resolve("hosts/host1"));
    Files.copy(CAPTURES.resolve("systeminfo/languages/de.txt"), host1.resolve("sysinfo.txt"));
    Files.createDirectories(host1.resolve("logs"));
    Files.copy(CAPTURES.resolve("logs/CBS-2016.log"), host1.resolve("logs/CBS.log"));
    zip(
        dir.resolve("hosts/host2.zip"),
        "systeminfo.csv",
        CAPTURES.resolve("systeminfo/server2019-fo-csv.csv"));
    Files.writeString(dir.resolve("README.md"), "# fleet export of 2026-11-20\n");
    Files.createDirectories(dir.resolve("loose"));
    Files.copy(CAPTURES.resolve("qfe/wmic-qfe-format-csv.csv"), dir.resolve("loose/qfe-only.csv"));
    List<String> loaded = load(dir).stream().map(InputLoaderTest::describe).toList();
    assertEquals(
        List.of(
            "skipped "
                + dir.resolve("README.md")
                + ": not an export wuhealth reads (starts with \"# fleet export of 2026-11-20\")",
            "host " + dir.resolve("a-snapshot.json") + " APP2016-01",
            "host " + dir.resolve("hosts/host1") + " WSUS-LANG01",
            "host " + dir.resolve("hosts/host2.zip") + " APP2019-07"),
        loaded.subList(0, 4));
    assertTrue(
        loaded.get(4).startsWith("error " + dir.resolve("loose") + ": no file gives the OS build"),
        loaded.get(4));
  }

  @Test
  void anExportBesideHostFoldersMakesTheFolderOneBundleAndTheMixIsRefused() throws Exception {
    Path host1 = Files.createDirectories(dir.resolve("host1"));
    Files.copy(CAPTURES.resolve("systeminfo/languages/de.txt"), host1.resolve("sysinfo.txt"));
    Files.copy(CAPTURES.resolve("systeminfo/server2019-fo-csv.csv"), dir.resolve("other-host.csv"));
    List<InputLoader.Loaded> loaded = load(dir);
    assertEquals(1, loaded.size());
    assertTrue(describe(loaded.get(0)).contains("describes another host"), describe(loaded.get(0)));
  }

  @Test
  void aLoneExportIsOneHostOrOneClearError() throws Exception {
    InputLoader.Loaded info = load(CAPTURES.resolve("systeminfo/languages/ru.txt")).get(0);
    assertEquals("WSUS-LANG01", ((InputLoader.Host) info).snapshot().hostName());
    InputLoader.Loaded qfe = load(CAPTURES.resolve("qfe/wmic-qfe-format-csv.csv")).get(0);
    assertTrue(describe(qfe).contains("no file gives the OS build"), describe(qfe));
    Path broken =
        Files.writeString(
            dir.resolve("x.reg"), "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\A]\r\n\"v\"=dword:zz\r\n");
    assertEquals(
        "error " + broken + ":4: bad dword value: dword:zz", describe(load(broken).get(0)));
  }

  @Test
  void snapshotFilesKeepTheirOwnErrors() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1,\n  oops }");
    InputLoader.Failure f = assertInstanceOf(InputLoader.Failure.class, load(broken).get(0));
    assertTrue(f.error().getMessage().startsWith(broken + ":2:"), f.error().getMessage());
    Path notJson = Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");
    assertTrue(
        describe(load(notJson).get(0)).startsWith("error " + notJson),
        "a .json is read as a snapshot");
  }

  @Test
  void globsAreTheFilesTheyMatch() throws Exception {
    Files.copy(CAPTURES.resolve("systeminfo/languages/en.txt"), dir.resolve("a.txt"));
    Files.copy(CAPTURES.resolve("systeminfo/languages/it.txt"), dir.resolve("b.txt"));
    assertEquals(
        2, loader.load(dir + "/*.txt").stream().filter(l -> l instanceof InputLoader.Host).count());
  }

  private static void zip(Path zip, String name, Path content) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(Files.readAllBytes(content));
      z.closeEntry();
    }
  }
}

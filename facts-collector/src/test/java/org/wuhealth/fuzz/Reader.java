package org.wuhealth.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.wuhealth.importers.ImportResult;
import org.wuhealth.importers.Importer;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.importers.bundle.HostileZips;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.SourceFile;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;
import org.wuhealth.snapshot.SnapshotWriter;
import org.wuhealth.testing.TempFiles;

/**
 * The readers that take untrusted files, each as a fuzz target ({@link #read}) with its seeds: the
 * real captures and logs of the test resources. A finding is any exception other than the reader's
 * own input error, and an import that succeeds but writes a snapshot the snapshot reader then
 * refuses. Shared by the Jazzer fuzz tests and {@code FuzzCorpusTest}, which replays every seed in
 * the normal test run.
 */
public enum Reader {
  SNAPSHOT("snapshot.json", "golden:bundles", "golden:real-exports/*systeminfo*"),
  SYSTEMINFO("systeminfo.txt", "captures/systeminfo", "real-exports/wesng-validation/*systeminfo*"),
  QFE("qfe.csv", "captures/qfe/wmic*", "real-exports/wesng-validation/*qfe*"),
  GET_HOTFIX("hotfix.json", "captures/qfe/get-hotfix*"),
  GET_SERVICE("services.csv", "captures/services"),
  REGISTRY("export.reg", "captures/registry"),
  REPORTING_EVENTS(
      "ReportingEvents.log", "captures/logs/ReportingEvents*", "real-logs/reportingevents"),
  WINDOWS_UPDATE_LOG(
      "WindowsUpdate.log", "captures/logs/WindowsUpdate*", "real-logs/windowsupdate"),
  CBS_LOG("CBS.log", "captures/logs/CBS*", "real-logs/cbs"),
  IIS_LOG("u_ex251015.log", "captures/logs/u_ex*"),
  WEB_CONFIG("web.config", "captures/wsus"),
  IIS_CONFIG("applicationHost.config", "captures/iis/*.config"),
  COMPONENT_STORE("dism.txt", "captures/servicing"),
  GRAPH("deployment.json", "captures/graph"),
  ZIP("bundle.zip");

  static final Path RESOURCES = Path.of("src/test/resources/org/wuhealth/importers");

  /** Snapshots written by the importers' golden tests. */
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static final Importer IMPORTER = new Importer(ImportLimits.DEFAULT);
  private static final SnapshotReader SNAPSHOTS = new SnapshotReader();

  private final String fileName;
  private final List<String> seedPatterns;

  Reader(String fileName, String... seedPatterns) {
    this.fileName = fileName;
    this.seedPatterns = List.of(seedPatterns);
  }

  /** Reads {@code data} as this reader's file; throws only on a finding. */
  public void read(byte[] data) {
    try {
      switch (this) {
        case SNAPSHOT -> SNAPSHOTS.read(fileName, data);
        case ZIP -> zip(data);
        default -> roundTrip(importOne(data));
      }
    } catch (ImportException | InputException e) {
      // the reader's own input error: the expected answer to a bad file
    }
  }

  private ImportResult importOne(byte[] data) throws ImportException {
    SourceFile file = TestFiles.file(fileName, data);
    return IMPORTER.importFiles(
        fileName, List.of(file), List.of(), new Importer.Options("fuzz", null, null));
  }

  /** What the import wrote must read back: an import never makes a snapshot that is refused. */
  private static void roundTrip(ImportResult result) {
    String json = SnapshotWriter.write(result.snapshot());
    try {
      SNAPSHOTS.read("imported.json", json.getBytes(StandardCharsets.UTF_8));
    } catch (InputException e) {
      throw new AssertionError("an import wrote a snapshot that cannot be read: " + e.getMessage());
    }
  }

  private static void zip(byte[] data) throws ImportException {
    TempFiles.withFile(
        ".zip",
        data,
        file ->
            roundTrip(
                IMPORTER.importPaths(
                    "bundle.zip", List.of(file), new Importer.Options("fuzz", null, null))));
  }

  /**
   * The seeds: real captures and logs (for ZIP, a bundle made of some of them, and the zip bombs of
   * {@link HostileZips}).
   */
  public List<byte[]> seeds() {
    if (this == ZIP) {
      return List.of(
          bundle(),
          HostileZips.overlapping(3, 64 * 1024),
          HostileZips.nested(),
          HostileZips.claimingCompressedSize(64 * 1024, 1_000_000),
          HostileZips.padded(2 * 1024 * 1024, 16 * 1024));
    }
    List<byte[]> seeds = new ArrayList<>();
    for (Path file : seedFiles()) {
      seeds.add(TestFiles.bytes(file));
    }
    return seeds;
  }

  /** The seed files, sorted. */
  public List<Path> seedFiles() {
    List<Path> files = new ArrayList<>();
    for (String pattern : seedPatterns) {
      Path base = pattern.startsWith("golden:") ? GOLDEN : RESOURCES;
      String relative = pattern.substring(pattern.indexOf(':') + 1);
      int star = relative.indexOf('*');
      Path folder =
          base.resolve(star < 0 ? relative : relative.substring(0, relative.lastIndexOf('/')));
      String glob = star < 0 ? "*" : relative.substring(relative.lastIndexOf('/') + 1);
      var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> matcher.matches(p.getFileName()))
            .filter(p -> !p.getFileName().toString().matches("(?i)SOURCE\\.md|LICENSE.*"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static byte[] bundle() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name :
          List.of(
              "captures/systeminfo/server2019-fo-table.txt",
              "captures/qfe/wmic-qfe-format-csv.csv",
              "captures/registry/currentversion.reg",
              "captures/logs/CBS-2016.log")) {
        zip.putNextEntry(new ZipEntry("host/" + name.substring(name.lastIndexOf('/') + 1)));
        zip.write(TestFiles.bytes(RESOURCES.resolve(name)));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IIS's applicationHost.config beside a WSUS server's other exports, in a folder or a zip: {@code
 * import} and {@code analyze} read it into {@code wsus.sites}; a broken one is one error line.
 */
class IisConfigEndToEndTest {
  private static final Path CAPTURES =
      Path.of("../facts-collector/src/test/resources/org/wuhealth/importers/captures");
  private static final List<String> WSUS_SERVER =
      List.of(
          "registry/currentversion.reg",
          "registry/productoptions-computername.reg",
          "registry/windowsupdate-and-wsus-setup.reg",
          "services/get-service-export-csv.csv",
          "wsus/web.config",
          "iis/applicationHost-wsus.config");

  @TempDir Path dir;

  private Path folder() throws Exception {
    Path host = Files.createDirectories(dir.resolve("wsus01"));
    for (String capture : WSUS_SERVER) {
      Path from = CAPTURES.resolve(capture);
      Files.copy(from, host.resolve(from.getFileName()));
    }
    return host;
  }

  private Path zip(Path folder) throws Exception {
    Path zip = dir.resolve("wsus01.zip");
    try (var out = new ZipOutputStream(Files.newOutputStream(zip));
        var files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new ZipEntry("wsus01/" + f.getFileName()));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    return zip;
  }

  private JsonNode imported(Path input) throws Exception {
    Path out = dir.resolve("imported.json");
    CliRunner.Run run = CliRunner.run("import", input.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("applicationHost-wsus.config: IIS applicationHost.config (XML)"),
        run.err());
    return new ObjectMapper().readTree(Files.readString(out));
  }

  @Test
  void aFolderAndAZipGiveTheWsusSite() throws Exception {
    Path folder = folder();
    JsonNode fromFolder = imported(folder);
    assertEquals(
        "{\"name\":\"WSUS Administration\",\"state\":\"Started\",\"port\":8530}",
        fromFolder.at("/wsus/sites/0").toString());
    assertEquals(1, fromFolder.at("/wsus/sites").size());
    JsonNode fromZip = imported(zip(folder));
    assertEquals(fromFolder.at("/wsus"), fromZip.at("/wsus"));

    CliRunner.Run analyzed =
        CliRunner.run("analyze", "--format", "json", "--fail-on", "none", zip(folder).toString());
    assertEquals(ExitCodes.OK, analyzed.exitCode(), analyzed.err());
    assertEquals(
        "WSUS01", new ObjectMapper().readTree(analyzed.out()).at("/results/0/host/name").asText());
  }

  @Test
  void aBrokenConfigurationIsOneLineWithItsLineAndColumn() throws Exception {
    Path folder = folder();
    Path broken = folder.resolve("applicationHost-wsus.config");
    Files.writeString(
        broken,
        Files.readString(broken)
            .replace("<site name=\"WSUS Administration\"", "<site name=\"WSUS"));
    CliRunner.Run run = CliRunner.run("import", folder.toString(), "--out", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), run.err());
    assertEquals(
        "wuhealth: error: "
            + broken
            + ":26:34: malformed XML: Element type \"site\" must be followed by either attribute"
            + " specifications, \">\" or \"/>\".\n",
        run.err());
  }
}

package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WSUS 3.0 SP2 server on Server 2008 R2, as an admin exports it: the real systeminfo of a 2008 R2
 * host (WES-NG's capture, BSD-3) and the WSUS Setup key (InstallType 1, VersionString 3.2.7600.226,
 * hand-written from Microsoft's "Detect the version of WSUS" appendix). Its version is below what
 * KB4039929 brings, so WSUS-VERSION-OLD fires, with advice that works on WSUS 3.0.
 */
class Wsus3ServerTest {
  private static final Path IMPORTERS =
      Path.of("../facts-collector/src/test/resources/org/wuhealth/importers");

  @Test
  void aWsus3ServerIsJudgedByItsVersion(@TempDir Path dir) throws Exception {
    Files.copy(
        IMPORTERS.resolve(
            "real-exports/wesng-validation/srv_2008r2_sp1_x64_standard_en-us_systeminfo.txt"),
        dir.resolve("systeminfo.txt"));
    Files.copy(IMPORTERS.resolve("captures/registry/wsus3-sp2-setup.reg"), dir.resolve("wsus.reg"));
    CliRunner.Run run =
        CliRunner.run("analyze", "--format", "json", "--fail-on", "none", dir.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    JsonNode result = new ObjectMapper().readTree(run.out()).at("/results/0");
    JsonNode finding = null;
    for (JsonNode f : result.get("findings")) {
      if (f.get("ruleId").asText().equals("WSUS-VERSION-OLD")) {
        finding = f;
      }
    }
    List<String> ids = new ArrayList<>();
    result.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
    assertFalse(finding == null, "WSUS-VERSION-OLD fires; findings were " + ids);
    assertEquals(
        "the WSUS server reports version 3.2.7600.226 (WSUS 3.0 SP2), older than 3.2.7600.283"
            + " that KB4039929 brings",
        finding.get("evidence").get(0).asText());
    assertFalse(
        finding.get("remediation").toString().contains("Get-WsusServer"),
        "the UpdateServices module does not exist on WSUS 3.0");
  }
}

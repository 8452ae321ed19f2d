package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that need deployment-service data or a component store check get it from what admins
 * have: Microsoft Graph JSON of the deployment service, DISM output and CheckSUR.log, next to a
 * real systeminfo capture (WES-NG's, BSD-3). The Graph and DISM captures are Microsoft's
 * documentation examples (see captures/graph and captures/servicing, SOURCE.md).
 */
class NewSourcesEndToEndTest {
  private static final Path IMPORTERS =
      Path.of("../facts-collector/src/test/resources/org/wuhealth/importers");

  @TempDir Path dir;

  private JsonNode analyze(String... files) throws Exception {
    for (String f : files) {
      Path from = IMPORTERS.resolve(f);
      Files.copy(from, dir.resolve(from.getFileName()));
    }
    CliRunner.Run run =
        CliRunner.run("analyze", "--format", "json", "--fail-on", "none", dir.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out()).at("/results/0");
  }

  private static JsonNode finding(JsonNode result, String ruleId) {
    List<String> ids = new ArrayList<>();
    for (JsonNode f : result.get("findings")) {
      if (f.get("ruleId").asText().equals(ruleId)) {
        return f;
      }
      ids.add(f.get("ruleId").asText());
    }
    throw new AssertionError(ruleId + " did not fire; findings were " + ids);
  }

  @Test
  void aDeviceNotEnrolledForAScheduledFeatureDeployment() throws Exception {
    JsonNode r =
        analyze(
            "real-exports/wesng-validation/10_21H2_x64_pro_systeminfo.txt",
            "captures/graph/updatable-asset-not-enrolled-join-error.json",
            "captures/graph/deployment-feature-scheduled.json");
    JsonNode enrolled = finding(r, "NR-NOT-ENROLLED");
    assertTrue(
        enrolled.get("evidence").toString().contains("invalidAzureADJoin"), enrolled.toString());
    JsonNode offering = finding(r, "NR-DEPLOYMENT-NOT-OFFERING");
    assertEquals(
        "the feature update deployment of Windows 11, version 22H2 is in state scheduled; the"
            + " deployment service only delivers content for deployments in state offering",
        offering.get("evidence").get(0).asText());
  }

  @Test
  void aDismRepairThatFoundNoSourceOnServer2016() throws Exception {
    JsonNode r =
        analyze(
            "real-exports/wesng-validation/srv_2016_1607_datacenter_en-us_systeminfo.txt",
            "captures/servicing/dism-restorehealth-summary.txt");
    JsonNode store = finding(r, "CHK-DISM-RESTOREHEALTH");
    assertEquals("certain", store.get("confidence").asText());
    assertEquals("component store health check: Repairable", store.get("evidence").get(0).asText());
  }

  @Test
  void checkSurFilesItCouldNotRepairOnServer2008R2() throws Exception {
    JsonNode r =
        analyze(
            "real-exports/wesng-validation/srv_2008r2_sp1_x64_standard_en-us_systeminfo.txt",
            "captures/servicing/checksur-unavailable-repair-files.log");
    JsonNode store = finding(r, "CHK-CHECKSUR");
    assertEquals("certain", store.get("confidence").asText());
    assertTrue(
        store.get("evidence").toString().contains("unavailable repair files"), store.toString());
  }
}

package org.wuhealth.importers.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.DeploymentState;
import org.wuhealth.facts.Enrollment;
import org.wuhealth.importers.FileType;
import org.wuhealth.importers.FormatDetector;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.ImportException;

/** Microsoft's Graph documentation examples (captures/graph, see its SOURCE.md). */
class DeploymentServiceParserTest {
  private static DeploymentServiceParser.Export read(String capture) throws ImportException {
    String name = "graph/" + capture;
    return DeploymentServiceParser.parse(name, TestFiles.textOf(FileType.DEPLOYMENT_SERVICE, name));
  }

  @Test
  void updatableAssetsGiveEnrollmentAndRegistrationErrors() throws Exception {
    List<DeploymentServiceParser.Asset> assets = read("updatable-assets-list.json").assets();
    assertEquals(3, assets.size());
    assertEquals("983f03cd-03cd-983f-cd03-3f98cd033f98", assets.get(0).id());
    assertEquals(new Enrollment(true, false, null, List.of()), assets.get(0).enrollment());
    assertEquals(new Enrollment(false, false, null, List.of()), assets.get(1).enrollment());
    assertEquals(
        new Enrollment(
            false, false, null, List.of("azureADDeviceRegistrationError (no reason given)")),
        assets.get(2).enrollment());
    assertEquals(
        new Enrollment(
            false, false, null, List.of("azureADDeviceRegistrationError: invalidAzureADJoin")),
        read("updatable-asset-not-enrolled-join-error.json").assets().get(0).enrollment());
    assertEquals(
        assets.get(0), read("updatable-asset-get.json").assets().get(0), "a single result too");
  }

  @Test
  void deploymentsGiveTheirCategoryStateAndExpedite() throws Exception {
    assertEquals(
        new Deployment(
            "Windows 11, version 22H2",
            DeploymentCategory.FEATURE,
            DeploymentState.SCHEDULED,
            false),
        read("deployment-feature-scheduled.json").deployments().get(0).deployment());
    assertEquals(
        new Deployment(
            "e317aa8a0455ca604de95329b524ec921ca57f2e6ed3ff88aac757a7468998a5",
            DeploymentCategory.QUALITY,
            DeploymentState.OFFERING,
            true),
        read("deployment-expedited-offering.json").deployments().get(0).deployment());
    DeploymentServiceParser.GraphDeployment paused =
        read("deployment-paused.json").deployments().get(0);
    assertEquals(
        new Deployment("catalog/entries/1", null, DeploymentState.PAUSED, false),
        paused.deployment());
    assertNull(paused.audience(), "the export left the audience out");
  }

  @Test
  void windowsPowerShellsUtf16IsReadToo() throws Exception {
    byte[] utf8 = TestFiles.capture("graph/deployment-paused.json");
    String text = new String(utf8, StandardCharsets.UTF_8);
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(FileType.DEPLOYMENT_SERVICE, FormatDetector.detect(utf16).type());
  }

  @Test
  void aGraphErrorIsNoDataAndSaysSo() {
    String name = "graph/graph-error-not-found.json";
    ImportException e =
        assertThrows(
            ImportException.class, () -> DeploymentServiceParser.parse(name, TestFiles.text(name)));
    assertEquals(
        "graph/graph-error-not-found.json: a Microsoft Graph error response (\"NotFound\":"
            + " \"Resource not found.\"), not data",
        e.getMessage());
  }
}

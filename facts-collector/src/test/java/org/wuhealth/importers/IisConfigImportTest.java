package org.wuhealth.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Provenance;
import org.wuhealth.facts.SiteState;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.WsusSite;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.SourceFile;
import org.wuhealth.snapshot.SnapshotReader;
import org.wuhealth.snapshot.SnapshotWriter;

/** applicationHost.config in an import gives {@code wsus.sites} as the live collector does. */
class IisConfigImportTest {
  private static final String WSUS_CONFIG = "iis/applicationHost-wsus.config";
  private static final String SYSTEMINFO = "systeminfo/server2019-fo-table.txt";

  @Test
  void aWsusServerBundleWithItsIisConfiguration() throws Exception {
    List<String> files = new ArrayList<>(ImporterTest.WSUS01);
    files.add(WSUS_CONFIG);
    ImportResult r = TestFiles.importCaptures(files);
    Snapshot s = r.snapshot();
    // the Get-Service export has W3SVC running, and the site starts with IIS
    assertEquals(
        List.of(new WsusSite("WSUS Administration", SiteState.STARTED, 8530)), s.wsus().sites());
    assertEquals(
        List.of(new Provenance("/wsus/sites", WSUS_CONFIG, "iisConfig", null)),
        s.provenance().stream().filter(p -> p.fact().startsWith("/wsus/sites")).toList());
    assertEquals(
        FileType.IIS_CONFIG,
        r.imported().stream().filter(i -> i.file().equals(WSUS_CONFIG)).findFirst().get().type());
    String json = SnapshotWriter.write(s);
    assertEquals(
        s,
        new SnapshotReader()
            .read("wsus01-iis.json", json.getBytes(StandardCharsets.UTF_8))
            .snapshot(),
        "valid against the schema and read back unchanged");
    ImporterTest.golden("wsus01-iis.json", json);
  }

  @Test
  void withoutAServiceListTheSiteStateIsUnknown() throws Exception {
    Snapshot s = TestFiles.importCaptures(List.of(SYSTEMINFO, WSUS_CONFIG)).snapshot();
    assertEquals(
        List.of(new WsusSite("WSUS Administration", SiteState.UNKNOWN, 8530)), s.wsus().sites());
    assertNull(s.wsus().role(), "IIS's configuration says nothing about the WSUS role");
  }

  @Test
  void aRealServerWithoutWsusHasNoWsusSite() throws Exception {
    Snapshot s =
        TestFiles.importCaptures(
                List.of(SYSTEMINFO, "iis/applicationHost-arr-reverse-proxy.config"))
            .snapshot();
    assertEquals(List.of(), s.wsus().sites(), "read, and no site serves WSUS");
  }

  @Test
  void aBrokenConfigurationFailsTheImportWithItsLineAndColumn() {
    SourceFile broken =
        TestFiles.file(
            "applicationHost.config",
            "<?xml version=\"1.0\"?>\r\n<configuration>\r\n  <system.applicationHost>\r\n"
                + "    <sites><site id=\"1\" name=\"a></sites>\r\n");
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> TestFiles.importAll(List.of(TestFiles.captureFile(SYSTEMINFO), broken)));
    assertEquals("applicationHost.config", e.file());
    assertEquals(4, e.line());
    assertEquals(
        "applicationHost.config:4:33: malformed XML: The value of attribute \"name\" associated"
            + " with an element type \"site\" must not contain the '<' character.",
        e.getMessage());
  }
}

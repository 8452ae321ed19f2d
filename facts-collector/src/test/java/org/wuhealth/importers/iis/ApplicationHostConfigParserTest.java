package org.wuhealth.importers.iis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.ImportException;

class ApplicationHostConfigParserTest {
  private static ApplicationHostConfig capture(String name) throws ImportException {
    return ApplicationHostConfigParser.parse(name, TestFiles.capture("iis/" + name));
  }

  private static ApplicationHostConfig xml(String xml) throws ImportException {
    return ApplicationHostConfigParser.parse(
        "applicationHost.config", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String error(String xml) {
    return assertThrows(ImportException.class, () -> xml(xml)).getMessage();
  }

  @Test
  void aRealServersExportedConfiguration() throws Exception {
    // Export-IISConfiguration of an IIS 10 reverse proxy (CC0, see captures/iis/SOURCE.md): the
    // site sits after 170 lines of section declarations and protected-data providers
    ApplicationHostConfig config = capture("applicationHost-arr-reverse-proxy.config");
    assertEquals(
        List.of(
            new ApplicationHostConfig.Site(
                1, "Default Web Site", true, List.of(80, 443), List.of("/"), null)),
        config.sites());
    assertEquals("%SystemDrive%\\inetpub\\logs\\LogFiles", config.defaultLogDirectory());
  }

  @Test
  void aWsusServer() throws Exception {
    ApplicationHostConfig config = capture("applicationHost-wsus.config");
    assertEquals(2, config.sites().size());
    ApplicationHostConfig.Site wsus = config.sites().get(1);
    assertEquals("WSUS Administration", wsus.name());
    assertEquals(2, wsus.id());
    assertEquals(List.of(8530, 8531), wsus.ports());
    assertEquals(
        List.of(
            "/",
            "/ApiRemoting30",
            "/ClientWebService",
            "/DssAuthWebService",
            "/ServerSyncWebService",
            "/SimpleAuthWebService",
            "/ReportingWebService"),
        wsus.applications());
    assertEquals("D:\\IISLogs", wsus.logDirectory(config));
    assertEquals(
        "%SystemDrive%\\inetpub\\logs\\LogFiles", config.sites().get(0).logDirectory(config));
  }

  @Test
  void theWineBenchsSeed() throws Exception {
    Path seed =
        Path.of(
            "../bench/wine/seed/drive_c/Windows/System32/inetsrv/config/applicationHost.config");
    ApplicationHostConfig config =
        ApplicationHostConfigParser.parse(seed.toString(), TestFiles.bytes(seed));
    assertEquals(2, config.sites().size());
    ApplicationHostConfig.Site site = config.sites().get(1);
    assertEquals(1234567, site.id());
    assertEquals(List.of(8530, 8531), site.ports());
    assertNull(site.logDirectory());
  }

  @Test
  void bindingsStoppedSitesAndSitesIisCannotServe() throws Exception {
    ApplicationHostConfig config =
        xml(
            "<configuration><system.applicationHost><sites>"
                + "<site name=\"Default Web Site\" id=\"1\" serverAutoStart=\"false\">"
                + "<bindings><binding protocol=\"https\" bindingInformation=\"10.0.0.5:443:wsus\"/>"
                + "<binding protocol=\"net.tcp\" bindingInformation=\"808:*\"/>"
                + "<binding protocol=\"http\" bindingInformation=\"*:99999:\"/>"
                + "<binding protocol=\"http\" bindingInformation=\"*:8530:\"/></bindings>"
                + "<logFile directory=\" \"/></site>"
                + "<site name=\"no id\"/></sites></system.applicationHost></configuration>");
    assertEquals(
        List.of(
            new ApplicationHostConfig.Site(
                1, "Default Web Site", false, List.of(8530, 443), List.of(), null)),
        config.sites());
  }

  @Test
  void brokenXmlIsOneLineWithLineAndColumn() {
    assertEquals(
        "applicationHost.config:2:8: malformed XML: XML document structures must start and end"
            + " within the same entity.",
        error("<configuration>\n<sites>"));
    assertEquals(
        "applicationHost.config:1:10: malformed XML: DOCTYPE is disallowed when the feature"
            + " \"http://apache.org/xml/fe...\" set to true.",
        error(
            "<!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><configuration>&x;"
                + "</configuration>"));
    assertEquals(
        "applicationHost.config: not an IIS configuration: its root element is not"
            + " <configuration>",
        error("<sites><site id=\"1\"/></sites>"));
  }
}

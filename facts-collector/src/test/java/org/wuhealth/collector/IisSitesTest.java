package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.SiteState;
import org.wuhealth.facts.WsusSite;
import org.wuhealth.parsing.ImportException;

class IisSitesTest {
  private static final Path CONFIG =
      Path.of("../bench/wine/seed/drive_c/Windows/System32/inetsrv/config/applicationHost.config");

  private static IisSites.Config config() throws Exception {
    return IisSites.parse(CONFIG.toString(), Files.readAllBytes(CONFIG));
  }

  @Test
  void theSiteWithTheClientWebServiceServesWsus() throws Exception {
    IisSites.Config config = config();
    assertEquals(2, config.sites().size());
    IisSites.Site site = IisSites.wsusSite(config, null);
    assertEquals("WSUS Administration", site.name());
    assertEquals(1234567, site.id());
    assertEquals(List.of(8530, 8531), site.ports());
    assertEquals("%SystemDrive%\\inetpub\\logs\\LogFiles", config.defaultLogDirectory());
    assertNull(site.logDirectory());
  }

  @Test
  void withoutItsApplicationsTheSiteWsusSetupRecorded() throws Exception {
    String xml =
        "<configuration><system.applicationHost><sites>"
            + "<site name=\"Default Web Site\" id=\"1\" serverAutoStart=\"false\">"
            + "<bindings><binding protocol=\"https\" bindingInformation=\"10.0.0.5:443:wsus\"/>"
            + "</bindings><logFile directory=\"D:\\logs\"/></site></sites>"
            + "</system.applicationHost></configuration>";
    IisSites.Config config = IisSites.parse("x", xml.getBytes(StandardCharsets.UTF_8));
    IisSites.Site site = IisSites.wsusSite(config, 1L);
    assertEquals(List.of(443), site.ports());
    assertEquals("D:\\logs", site.logDirectory());
    assertNull(IisSites.wsusSite(config, 2L));
    assertEquals(
        new WsusSite("Default Web Site", SiteState.STOPPED, 443),
        IisSites.state(site, ServiceState.RUNNING),
        "IIS runs, but the site is not started with it");
  }

  @Test
  void theSiteStateFollowsIisAndTheSitesAutoStart() throws Exception {
    IisSites.Site site = IisSites.wsusSite(config(), null);
    assertEquals(SiteState.STARTED, IisSites.state(site, ServiceState.RUNNING).state());
    assertEquals(SiteState.STOPPED, IisSites.state(site, ServiceState.STOPPED).state());
    assertEquals(SiteState.STOPPED, IisSites.state(site, ServiceState.PAUSED).state());
    assertEquals(SiteState.UNKNOWN, IisSites.state(site, ServiceState.UNKNOWN).state());
    assertEquals(SiteState.UNKNOWN, IisSites.state(site, null).state());
  }

  @Test
  void logFoldersWithTheirVariables() throws Exception {
    Path windows = Path.of("/srv/c/Windows");
    assertEquals(
        Path.of("/srv/c/inetpub/logs/LogFiles/W3SVC1234567"),
        WsusFiles.logDirectory(
            "%SystemDrive%\\inetpub\\logs\\LogFiles", 1234567, windows, Map.of()));
    assertEquals(
        Path.of("/data/iis/W3SVC1"),
        WsusFiles.logDirectory("%LOGROOT%\\iis", 1, windows, Map.of("LogRoot", "/data")));
    assertEquals(
        Path.of("/srv/c/Windows/logs/W3SVC1"),
        WsusFiles.logDirectory("%windir%\\logs", 1, windows, Map.of()));
  }

  @Test
  void brokenXmlNamesTheFileAndLine() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> IisSites.parse("applicationHost.config", "<configuration>\n<sites>".getBytes()));
    assertEquals("applicationHost.config", e.file());
  }
}

package org.wuhealth.importers.iis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.SiteState;
import org.wuhealth.facts.WsusSite;

class WsusSitesTest {
  private static final ApplicationHostConfig.Site DEFAULT_SITE =
      new ApplicationHostConfig.Site(1, "Default Web Site", true, List.of(80), List.of("/"), null);
  private static final ApplicationHostConfig.Site WSUS_SITE =
      new ApplicationHostConfig.Site(
          1234567,
          "WSUS Administration",
          true,
          List.of(8530, 8531),
          List.of("/", "/ClientWebService"),
          null);

  private static ApplicationHostConfig config(ApplicationHostConfig.Site... sites) {
    return new ApplicationHostConfig(List.of(sites), ApplicationHostConfig.DEFAULT_LOG_DIRECTORY);
  }

  @Test
  void theSiteWithTheClientWebServiceServesWsus() {
    assertEquals(WSUS_SITE, WsusSites.wsusSite(config(DEFAULT_SITE, WSUS_SITE), 1L));
  }

  @Test
  void withoutItsApplicationsTheSiteWsusSetupRecorded() {
    ApplicationHostConfig.Site stopped =
        new ApplicationHostConfig.Site(
            1, "Default Web Site", false, List.of(443), List.of(), "D:\\logs");
    ApplicationHostConfig config = config(stopped);
    assertEquals(stopped, WsusSites.wsusSite(config, 1L));
    assertNull(WsusSites.wsusSite(config, 2L));
    assertNull(WsusSites.wsusSite(config, null));
    assertEquals(
        List.of(new WsusSite("Default Web Site", SiteState.STOPPED, 443)),
        WsusSites.sites(config, 1L, ServiceState.RUNNING),
        "IIS runs, but the site is not started with it");
    assertEquals(List.of(), WsusSites.sites(config, 2L, ServiceState.RUNNING), "no WSUS site");
  }

  @Test
  void theSiteStateFollowsIisAndTheSitesAutoStart() {
    assertEquals(SiteState.STARTED, WsusSites.state(WSUS_SITE, ServiceState.RUNNING).state());
    assertEquals(SiteState.STOPPED, WsusSites.state(WSUS_SITE, ServiceState.STOPPED).state());
    assertEquals(SiteState.STOPPED, WsusSites.state(WSUS_SITE, ServiceState.PAUSED).state());
    assertEquals(SiteState.UNKNOWN, WsusSites.state(WSUS_SITE, ServiceState.UNKNOWN).state());
    assertEquals(SiteState.UNKNOWN, WsusSites.state(WSUS_SITE, null).state());
    assertEquals(8530, WsusSites.state(WSUS_SITE, null).port());
  }
}

package org.wuhealth.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The advice and numbers of the bundled rules follow their sources: the guide's commands and
 * values, Microsoft's pages, or a threshold marked as a heuristic. Each case was wrong once.
 */
class RuleAdviceTest {
  private static RuleMetadata rule(String id) throws CatalogException {
    return RuleCatalog.bundled().rule(id).orElseThrow().metadata();
  }

  private static String remediation(String id) throws CatalogException {
    return String.join("\n", rule(id).remediation());
  }

  @Test
  void wsus3AdviceWorksOnWsus3() throws CatalogException {
    // the UpdateServices module (Get-WsusServer) came with Server 2012
    assertFalse(remediation("WSUS-VERSION-OLD").contains("Get-WsusServer"));
    assertTrue(remediation("WSUS-VERSION-OLD").contains("/v VersionString"));
  }

  @Test
  void maxPrerequisitesUsesTheGuidesValueAndCommands() throws CatalogException {
    RuleParameter fix = rule("WSUS-MAX-PREREQS").parameters().get("fixValue");
    assertEquals(800, fix.value().intValue());
    assertTrue(fix.source().contains("change the value from 400 to 800"), fix.source());
    String advice = remediation("WSUS-MAX-PREREQS");
    for (String command :
        new String[] {
          "takeown /f web.config",
          "icacls web.config /grant administrator:(F)",
          "notepad.exe web.config",
          "IISReset"
        }) {
      assertTrue(advice.contains(command), command);
    }
  }

  @Test
  void iisAdviceFollowsMicrosoftsWsusBestPracticesAndItsThresholdsSayTheyAreHeuristic()
      throws CatalogException {
    String advice = remediation("WSUS-IIS-LOG-ERRORS");
    assertFalse(advice.contains("25000"), "Microsoft's WSUS best practices say 2000");
    assertTrue(advice.contains("Queue Length 2000"), advice);
    rule("WSUS-IIS-LOG-ERRORS")
        .parameters()
        .forEach((name, p) -> assertTrue(p.source().startsWith("heuristic:"), name));
  }

  @Test
  void checkSurAdviceCoversManifests() throws CatalogException {
    assertTrue(remediation("CHK-CHECKSUR").contains("Temp\\CheckSUR\\winsxs\\manifests"));
  }

  @Test
  void healthToolsAdviceSaysWhyWin32ProductIsAvoided() throws CatalogException {
    assertTrue(remediation("NR-UHT-MISSING").contains("KB974524"));
    assertTrue(
        rule("NR-UHT-MISSING").references().contains("https://support.microsoft.com/help/974524"));
  }
}

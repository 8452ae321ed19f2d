package org.wuhealth.importers.wsus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ClientWebService;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.ImportException;

class WsusWebConfigParserTest {
  @Test
  void readsTheTwoLimits() throws Exception {
    assertEquals(
        new ClientWebService(800, 22000),
        WsusWebConfigParser.parse("web.config", TestFiles.capture("wsus/web.config")));
  }

  @Test
  void refusesDocumentTypesSoNoEntityReachesOutside() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<configuration><appSettings><add key=\"maxCachedUpdates\" value=\"&x;\"/></appSettings></configuration>";
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> WsusWebConfigParser.parse("web.config", xxe.getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        e.getMessage().startsWith("web.config:1:31: malformed XML: DOCTYPE is disallowed"),
        e.getMessage());
  }

  @Test
  void badValuesAndMissingSettingsAreErrors() {
    assertEquals(
        "w: maxInstalledPrerequisites is \"lots\", not a whole number",
        assertThrows(
                ImportException.class,
                () ->
                    WsusWebConfigParser.parse(
                        "w",
                        "<configuration><appSettings><add key=\"maxInstalledPrerequisites\" value=\"lots\"/></appSettings></configuration>"
                            .getBytes(StandardCharsets.UTF_8)))
            .getMessage());
    assertTrue(
        assertThrows(
                ImportException.class,
                () ->
                    WsusWebConfigParser.parse(
                        "w", "<configuration/>".getBytes(StandardCharsets.UTF_8)))
            .getMessage()
            .contains("no maxInstalledPrerequisites or maxCachedUpdates"));
    assertTrue(
        assertThrows(
                ImportException.class,
                () ->
                    WsusWebConfigParser.parse(
                        "w", "<configuration>\n<appSettings>".getBytes(StandardCharsets.UTF_8)))
            .getMessage()
            .startsWith("w:2:14: malformed XML"));
  }
}

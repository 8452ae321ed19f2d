package org.wuhealth.importers.servicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.importers.FileType;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.ImportException;

/** DISM, Repair-WindowsImage and CheckSUR outputs (captures/servicing, see its SOURCE.md). */
class ComponentStoreParserTest {
  private static ComponentStoreParser.Reading read(String capture) throws ImportException {
    String name = "servicing/" + capture;
    return ComponentStoreParser.parse(name, TestFiles.textOf(FileType.COMPONENT_STORE, name));
  }

  @Test
  void dismScanHealthAndCheckHealthVerdictsAndTheRunningBuild() throws Exception {
    ComponentStoreParser.Reading repairable = read("dism-scanhealth-repairable.txt");
    assertEquals(
        new ComponentStore(
            ComponentStoreHealth.REPAIRABLE, List.of("DISM: The component store is repairable.")),
        repairable.store());
    assertEquals("10.0", repairable.ntVersion());
    assertEquals(17763, repairable.build());
    assertEquals(7314, repairable.ubr());
    assertEquals(
        ComponentStoreHealth.HEALTHY, read("dism-checkhealth-healthy.txt").store().health());
  }

  @Test
  void aRepairWithoutSourceLeavesTheStoreRepairable() throws Exception {
    ComponentStore store = read("dism-restorehealth-source-missing.txt").store();
    assertEquals(ComponentStoreHealth.REPAIRABLE, store.health());
    assertEquals(
        List.of(
            "DISM ended with error 0x800f081f: The source files could not be found. (the repair"
                + " found no source files)"),
        store.evidence());
  }

  @Test
  void aVerdictInAnotherLanguageIsUnknownAndSaysHowToGetOne() throws Exception {
    ComponentStore store = read("dism-scanhealth-german.txt").store();
    assertEquals(ComponentStoreHealth.UNKNOWN, store.health());
    assertTrue(store.evidence().get(0).contains("/English"), store.evidence().toString());
  }

  @Test
  void repairWindowsImageSavedByWindowsPowerShell() throws Exception {
    ComponentStoreParser.Reading r = read("repair-windowsimage-scanhealth.txt");
    assertEquals(
        new ComponentStore(
            ComponentStoreHealth.NON_REPAIRABLE,
            List.of("Repair-WindowsImage: ImageHealthState NonRepairable")),
        r.store());
    assertNull(r.build());
  }

  @Test
  void theStoreReportDismWritesMicrosoftsExamples() throws Exception {
    ComponentStore store = read("dism-restorehealth-summary.txt").store();
    assertEquals(ComponentStoreHealth.REPAIRABLE, store.health());
    assertEquals(
        List.of(
            "DISM Detect and Repair: 2 corruptions detected, 1 repaired, result 0x800f081f",
            "(p) CBS MUM Missing (n)"
                + " Microsoft-Windows-Client-Features-Package~31bf3856ad364e35~amd64~~10.0.19045.4291"),
        store.evidence());
    ComponentStore tabs = read("cbs-store-report-tabs.txt").store();
    assertEquals(ComponentStoreHealth.REPAIRABLE, tabs.health());
    assertEquals(
        "DISM Detect and Repair: 4 corruptions detected, 1 repaired, result 0x800f081f",
        tabs.evidence().get(0));
    assertEquals(4, tabs.evidence().size(), "the three lines not fixed: " + tabs.evidence());
  }

  @Test
  void checkSurLogsOfKb2700601() throws Exception {
    ComponentStore unavailable = read("checksur-unavailable-repair-files.log").store();
    assertEquals(ComponentStoreHealth.REPAIRABLE, unavailable.health());
    assertEquals(
        "CheckSUR.log (2012-08-03 20:17): found 3 errors, fixed 0", unavailable.evidence().get(0));
    assertTrue(
        unavailable
            .evidence()
            .get(1)
            .startsWith(
                "unavailable repair files:"
                    + " servicing\\packages\\Package_for_KB958690_sc_0~31bf3856ad364e35~amd64~~6.0.1.6.mum"),
        unavailable.evidence().toString());
    assertTrue(unavailable.evidence().get(1).endsWith(" and 3 more"));

    ComponentStore payload = read("checksur-payload-file-missing.log").store();
    assertEquals(ComponentStoreHealth.REPAIRABLE, payload.health());
    assertEquals(
        "CheckSUR.log (2012-08-03 20:17): found 3 errors, fixed 1", payload.evidence().get(0));
    assertTrue(payload.evidence().get(1).startsWith("not fixed: CSI Payload File Missing"));
    assertTrue(payload.evidence().get(1).contains("admparse.dll"));
    assertTrue(payload.evidence().get(1).contains("winload.exe"));

    assertEquals(ComponentStoreHealth.HEALTHY, read("checksur-all-fixed.log").store().health());
  }

  @Test
  void somethingElseIsRefusedByName() {
    ImportException e =
        assertThrows(
            ImportException.class, () -> ComponentStoreParser.parse("x.txt", "hello world"));
    assertEquals("x.txt: not a DISM, Repair-WindowsImage or CheckSUR output", e.getMessage());
  }
}

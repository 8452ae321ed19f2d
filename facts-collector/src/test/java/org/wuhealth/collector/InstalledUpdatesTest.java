package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.UpdateSource;

class InstalledUpdatesTest {
  private static Map<String, Object> row(String id, String description, String installedOn) {
    Map<String, Object> row = new HashMap<>();
    row.put("HotFixID", id);
    row.put("Description", description);
    row.put("InstalledOn", installedOn);
    return row;
  }

  /** What Wine's WMI returns for Win32_QuickFixEngineering, recorded under Wine 8. */
  @Test
  void wineStubRow() {
    List<CollectionIssue> issues = new ArrayList<>();
    assertEquals(
        List.of(
            new InstalledUpdate(
                "KB1234567", LocalDate.parse("2022-02-22"), "Update", UpdateSource.QFE)),
        InstalledUpdates.fromQfe(List.of(row("KB1234567", "Update", "22/2/2022")), issues::add));
    assertEquals(List.of(), issues);
  }

  @Test
  void rowsAsWindowsReturnsThem() {
    List<CollectionIssue> issues = new ArrayList<>();
    List<Map<String, Object>> rows =
        List.of(
            row("KB2919355", "Update", "3/18/2014"),
            row("KB2919442", "Update", "3/5/2014"),
            row("KB3173424", "Security Update", ""),
            row("KB976902", "Update", "01cc3dbd4a4b2a86"),
            row("File 1", "", null));
    List<InstalledUpdate> updates = InstalledUpdates.fromQfe(rows, issues::add);
    assertEquals(LocalDate.parse("2014-03-18"), updates.get(0).installedOn());
    assertEquals(
        LocalDate.parse("2014-03-05"), updates.get(1).installedOn(), "month first, as WMI");
    assertNull(updates.get(2).installedOn());
    assertEquals(LocalDate.parse("2011-07-08"), updates.get(3).installedOn(), "a FILETIME in hex");
    assertEquals(4, updates.size());
    assertEquals("updates", issues.get(0).section());
  }
}

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
 * Real, published logs (facts-collector's real-logs/SOURCE.md) analyzed as an admin would: beside a
 * real systeminfo capture of a matching Windows, in one folder. What a log adds is the difference
 * between the findings with it and without it, at the same evaluation time: nothing for routine
 * logs, the right finding for failures.
 */
class RealLogsEndToEndTest {
  private static final Path RESOURCES =
      Path.of("../facts-collector/src/test/resources/org/wuhealth/importers");
  private static final Path LOGS = RESOURCES.resolve("real-logs");
  private static final Path CAPTURES = RESOURCES.resolve("real-exports/wesng-validation");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** The findings the log adds to its host, at {@code now}. */
  private List<JsonNode> added(String systeminfo, String now, String... logs) throws Exception {
    Path alone = Files.createDirectories(tmp.resolve("alone-" + logs[0].replace('/', '_')));
    Path with = Files.createDirectories(tmp.resolve("with-" + logs[0].replace('/', '_')));
    Files.copy(CAPTURES.resolve(systeminfo), alone.resolve("systeminfo.txt"));
    Files.copy(CAPTURES.resolve(systeminfo), with.resolve("systeminfo.txt"));
    for (String log : logs) {
      Files.copy(LOGS.resolve(log), with.resolve(Path.of(log).getFileName()));
    }
    List<String> before = new ArrayList<>();
    for (JsonNode f : findings(alone, now)) {
      before.add(f.get("ruleId").asText());
    }
    List<JsonNode> added = new ArrayList<>();
    for (JsonNode f : findings(with, now)) {
      if (!before.remove(f.get("ruleId").asText())) {
        added.add(f);
      }
    }
    assertEquals(List.of(), before, "a log takes no finding away");
    return added;
  }

  private static JsonNode findings(Path host, String now) throws Exception {
    CliRunner.Run run =
        CliRunner.run(
            "analyze", "--format", "json", "--fail-on", "none", "--now", now, host.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    return JSON.readTree(run.out()).at("/results/0/findings");
  }

  private static List<String> rules(List<JsonNode> findings) {
    return findings.stream().map(f -> f.get("ruleId").asText()).sorted().toList();
  }

  private static String evidence(JsonNode finding) {
    return finding.get("evidence").toString();
  }

  @Test
  void aRoutineWindows7CbsLogAddsNoFinding() throws Exception {
    assertEquals(
        List.of(),
        added(
            "7_sp1_x64_enterprise_en-us_A_systeminfo.txt",
            "2016-09-30T00:00:00Z",
            "cbs/loghub-windows7-CBS.log"));
  }

  @Test
  void aRoutineClassicWindowsUpdateLogAndItsReportingEventsAddNoFinding() throws Exception {
    assertEquals(
        List.of(),
        added(
            "7_sp1_x64_enterprise_en-us_A_systeminfo.txt",
            "2013-01-28T00:00:00Z",
            "windowsupdate/logjoint-classic-WindowsUpdate.log",
            "reportingevents/logjoint-ReportingEvents.log"));
  }

  @Test
  void storeCorruptionInCbsLogIsFoundOnServer2012R2() throws Exception {
    List<JsonNode> added =
        added(
            "srv_2012r2_u1_systeminfo.txt",
            "2019-03-20T00:00:00Z",
            "cbs/ms-docs-0x800f0831-CBS.log");
    assertEquals(List.of("CHK-DISM-RESTOREHEALTH"), rules(added));
    JsonNode f = added.get(0);
    assertEquals("high", f.get("severity").asText());
    assertEquals("likely", f.get("confidence").asText(), "codes alone, no health check");
    assertTrue(evidence(f).contains("0x800F0831 CBS_E_STORE_CORRUPTION"), evidence(f));
  }

  @Test
  void aDismRepairThatFoundNoSourceIsFoundOnWindows10() throws Exception {
    List<JsonNode> added =
        added(
            "10_22H2_x64_enterprise_en-us_systeminfo.txt",
            "2024-05-15T00:00:00Z",
            "cbs/ms-docs-dism-restorehealth-CBS.log");
    assertEquals(List.of("CHK-DISM-RESTOREHEALTH"), rules(added));
    JsonNode f = added.get(0);
    assertEquals("certain", f.get("confidence").asText(), "DISM's own check");
    assertTrue(evidence(f).contains("component store health check: NonRepairable"), evidence(f));
    assertTrue(
        evidence(f).contains("Detect and Repair, result 0x800f081f, 4 corruptions detected"),
        evidence(f));
  }

  @Test
  void getWindowsUpdateLogOfWindows11AddsOnlyItsFailedScan() throws Exception {
    List<JsonNode> added =
        added(
            "11_23H2_x64_enterprise_systeminfo.txt",
            "2024-04-13T00:00:00Z",
            "windowsupdate/windows11-Get-WindowsUpdateLog.log");
    assertEquals(List.of("GEN-UNEXPLAINED-ERROR"), rules(added));
    assertTrue(
        added.get(0).get("evidence").get(0).asText().startsWith("0x8024402F"),
        evidence(added.get(0)));
  }

  @Test
  void aFailedSelfUpdateCheckInAClassicLogIsDecoded() throws Exception {
    List<JsonNode> added =
        added(
            "7_sp1_x64_enterprise_en-us_A_systeminfo.txt",
            "2010-01-06T00:00:00Z",
            "windowsupdate/ms-docs-0x8024402c-WindowsUpdate.log");
    assertEquals(List.of("GEN-UNEXPLAINED-ERROR"), rules(added));
    assertTrue(evidence(added.get(0)).contains("0x8024402C"), evidence(added.get(0)));
  }

  @Test
  void aFailedScanInReportingEventsIsFound() throws Exception {
    List<JsonNode> added =
        added(
            "srv_2022_systeminfo.txt",
            "2024-04-18T00:00:00Z",
            "reportingevents/ms-docs-0x8024002e-ReportingEvents.log");
    assertEquals(List.of("GEN-UNEXPLAINED-ERROR", "NR-NOT-SCANNING"), rules(added));
    for (JsonNode f : added) {
      String expected =
          f.get("ruleId").asText().equals("NR-NOT-SCANNING")
              ? "the last update scan, at 2024-04-17T09:14:55.630Z, failed"
              : "0x8024002E";
      assertTrue(evidence(f).contains(expected), evidence(f));
    }
  }
}

package org.wuhealth.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private static final Map<String, FileType> CAPTURES =
      Map.ofEntries(
          Map.entry("systeminfo/languages/zh-cn.txt", FileType.SYSTEMINFO),
          Map.entry("systeminfo/languages/fr.txt", FileType.SYSTEMINFO),
          Map.entry("systeminfo/server2019-fo-csv.csv", FileType.SYSTEMINFO),
          Map.entry("systeminfo/server2019-fo-table.txt", FileType.SYSTEMINFO),
          Map.entry("qfe/wmic-qfe-format-csv.csv", FileType.QFE),
          Map.entry("qfe/get-hotfix-format-table-de.txt", FileType.QFE),
          Map.entry("qfe/get-hotfix-convertto-json.json", FileType.QFE),
          Map.entry("qfe/get-hotfix-single-object-ps7.json", FileType.QFE),
          Map.entry("services/get-service-export-csv.csv", FileType.SERVICES),
          Map.entry("services/get-service-convertto-json.json", FileType.SERVICES),
          Map.entry("registry/currentversion.reg", FileType.REGISTRY),
          Map.entry("registry/wu-policy-regedit4.reg", FileType.REGISTRY),
          Map.entry("logs/ReportingEvents-2016.log", FileType.REPORTING_EVENTS),
          Map.entry("logs/ReportingEvents-2008r2.log", FileType.REPORTING_EVENTS),
          Map.entry("logs/WindowsUpdate-2012r2.log", FileType.WINDOWS_UPDATE_LOG),
          Map.entry(
              "logs/WindowsUpdate-2016-Get-WindowsUpdateLog.log", FileType.WINDOWS_UPDATE_LOG),
          Map.entry("logs/CBS-2016.log", FileType.CBS_LOG),
          Map.entry("logs/u_ex251015.log", FileType.IIS_LOG),
          Map.entry("wsus/web.config", FileType.WSUS_WEB_CONFIG),
          Map.entry("iis/applicationHost-wsus.config", FileType.IIS_CONFIG),
          Map.entry("iis/applicationHost-arr-reverse-proxy.config", FileType.IIS_CONFIG));

  @Test
  void everyCaptureIsRecognisedByItsContent() {
    CAPTURES.forEach(
        (capture, type) ->
            assertEquals(type, FormatDetector.detect(TestFiles.capture(capture)).type(), capture));
  }

  @Test
  void whatIsNotAnExportSaysWhy() {
    assertEquals("empty file", reason(new byte[0]));
    assertEquals("binary file, not a text export", reason(new byte[] {1, 2, 3, 0, 4, 5, 6, 7, 8}));
    assertEquals(
        "not an export wuhealth reads (starts with \"Dear support,\")",
        reason("Dear support,\r\nsee attached.".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "JSON that is neither a snapshot, a hotfix list, a service list nor deployment service"
            + " data",
        reason("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "XML without the WSUS ClientWebService settings or IIS's system.applicationHost",
        reason("<configuration/>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(FileType.ZIP, FormatDetector.detect(new byte[] {'P', 'K', 3, 4, 0}).type());
    assertEquals(
        FileType.SNAPSHOT,
        FormatDetector.detect("{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8)).type());
  }

  @Test
  void snapshotsAndWuhealthsOwnReportsAreToldApart() {
    assertEquals(
        FileType.SNAPSHOT,
        FormatDetector.detect(
                "\uFEFF\r\n  {\"schemaVersion\": 1, \"host\": {}}".getBytes(StandardCharsets.UTF_8))
            .type(),
        "known from its bytes");
    assertEquals(
        FileType.SNAPSHOT,
        FormatDetector.detect("{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_16)).type(),
        "and by decoding when its bytes are not UTF-8");
    assertEquals(
        FileType.REPORT,
        FormatDetector.detect(
                "{\n  \"tool\": \"wuhealth\",\n  \"version\": \"0.1.0\",\n  \"reportFormat\": 1}"
                    .getBytes(StandardCharsets.UTF_8))
            .type());
    assertEquals(
        FileType.REPORT,
        FormatDetector.detect(
                "<!DOCTYPE html>\n<html><head><title>wuhealth fleet report</title>"
                    .getBytes(StandardCharsets.UTF_8))
            .type());
    assertEquals(
        "an HTML page, not an export",
        reason(
            "<!DOCTYPE html><p>set maxInstalledPrerequisites to 800</p>"
                .getBytes(StandardCharsets.UTF_8)));
  }

  private static String reason(byte[] bytes) {
    FormatDetector.Detection d = FormatDetector.detect(bytes);
    assertFalse(d.known());
    return d.reason();
  }
}

package org.wuhealth.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvAndHtmlTest {
  @Test
  void csvQuotesWhatNeedsQuoting() {
    assertEquals(
        "a,\"b,c\",\"say \"\"hi\"\"\",\r\n",
        Csv.row(Arrays.asList("a", "b,c", "say \"hi\"", null)));
    assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
  }

  @Test
  void csvDefusesSpreadsheetFormulas() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
    assertEquals("\"'+1\"", Csv.field("+1"));
    assertEquals("\"'@SUM(A1)\"", Csv.field("@SUM(A1)"));
    assertEquals("WEB-01", Csv.field("WEB-01"));
  }

  @Test
  void htmlEscapesMarkupQuotesAndControlCharacters() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
        Html.text("<script>alert(\"x\")</script> & 'y'"));
    assertEquals("a\uFFFDb", Html.text("a\u0000b"));
    assertEquals("plain", Html.text("plain"));
    assertEquals("", Html.text(null));
  }

  @Test
  void osNamesOfSysteminfoAndTheRegistryAreOneRelease() {
    assertEquals(
        "Windows Server 2012 R2 Standard", OsNames.of("Microsoft Windows Server 2012 R2 Standard"));
    assertEquals("Windows Server 2012 R2 Standard", OsNames.of("Windows Server 2012 R2 Standard"));
    assertEquals(
        "Windows Server 2008 Standard", OsNames.of("Microsoft® Windows Server® 2008 Standard "));
    assertEquals(
        "Windows Server 2008 R2 Enterprise",
        OsNames.of("Microsoft Windows Server (R) 2008 R2  Enterprise"));
    assertEquals("(unknown OS)", OsNames.of(null));
  }

  @Test
  void chartLabelsAreWrappedAtSpacesNeverCut() {
    assertEquals(
        java.util.List.of(
            "WSUS-CONSOLE-KB-MISSING The WSUS console lacks", "the update that matches the server"),
        Charts.wrap(
            "WSUS-CONSOLE-KB-MISSING The WSUS console lacks the update that matches the server"));
    assertEquals(java.util.List.of("short"), Charts.wrap("short"));
  }

  @Test
  void longHostListsInFleetEvidenceAreFolded() {
    assertEquals(
        "<details><summary>hosts (45)</summary>A, B, C, D, E, F and 39 more</details>",
        HtmlReport.evidence("hosts: A, B, C, D, E, F and 39 more"));
    assertEquals("hosts: A, B", HtmlReport.evidence("hosts: A, B"));
    assertEquals("3 of 4 clients &amp; more", HtmlReport.evidence("3 of 4 clients & more"));
  }
}

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
}

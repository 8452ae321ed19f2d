package org.wuhealth.importers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextUtilitiesTest {
  @Test
  void legacyCodePagesAreToldByTheWordsTheyMake() {
    assertDecodes("Modalità di risparmio: Sì", "IBM850");
    assertDecodes("Имя узла: Версия ОС", "IBM866");
    assertDecodes("主机名: 修补程序 安装了", "GBK");
    assertDecodes("Répertoire système: Périphérique", "windows-1252");
    assertDecodes("Имя узла: Версия ОС", "windows-1251");
  }

  private static void assertDecodes(String text, String charset) {
    TextDecoding.Decoded d = TextDecoding.decode(text.getBytes(Charset.forName(charset)));
    assertEquals(text, d.text(), charset);
    assertEquals(charset, d.encoding());
  }

  @Test
  void byteOrderMarksAndUtf16WithoutOne() {
    assertEquals(
        "UTF-32LE",
        TextDecoding.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}).encoding());
    assertEquals("ab", TextDecoding.decode("ab".getBytes(StandardCharsets.UTF_16BE)).text());
    byte[] banner = "Please wait.".getBytes(StandardCharsets.US_ASCII);
    byte[] rest = "Caption  HotFixID".getBytes(StandardCharsets.UTF_16LE);
    byte[] mixed = new byte[banner.length + rest.length];
    System.arraycopy(banner, 0, mixed, 0, banner.length);
    System.arraycopy(rest, 0, mixed, banner.length, rest.length);
    TextDecoding.Decoded d = TextDecoding.decode(mixed);
    assertEquals("Please wait.Caption  HotFixID", d.text());
    assertEquals("ASCII banner + UTF-16LE without BOM", d.encoding());
  }

  @Test
  void everyLineEndWindowsWrites() {
    assertEquals(
        List.of("a", "b", "c", "d", "e", "f g"), Lines.split("a\r\nb\nc\rd\r\r\ne\u0085f\u00A0g"));
  }

  @Test
  void lineReaderStreamsUtf16AndCutsAbsurdLines() throws Exception {
    String text =
        "\uFEFFfirst\r\nsecond\rthird\n" + "x".repeat(LineReader.MAX_LINE + 10) + "\nlast";
    LineReader r =
        new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("first", r.next());
    assertEquals("second", r.next());
    assertEquals("third", r.next());
    assertEquals(LineReader.MAX_LINE, r.next().length());
    assertEquals("last", r.next());
    assertEquals(5, r.lineNumber());
    assertEquals(null, r.next());
    assertEquals("UTF-16LE with BOM", r.encoding());
  }

  @Test
  void dateOrderFromTheDatesThemselvesOrTheLocale() {
    assertEquals(
        LocalDates.Order.DAY_MONTH_YEAR,
        LocalDates.orderOf(List.of("3/5/2019", "21/08/2018"), null));
    assertEquals(LocalDates.Order.MONTH_DAY_YEAR, LocalDates.orderOf(List.of("4/25/2014"), null));
    assertEquals(
        LocalDates.Order.YEAR_MONTH_DAY, LocalDates.orderOf(List.of("2019/1/24, 9:46:29"), null));
    assertEquals(LocalDates.Order.MONTH_DAY_YEAR, LocalDates.orderOf(List.of("10/09/2018"), null));
    assertEquals(
        LocalDates.Order.DAY_MONTH_YEAR,
        LocalDates.orderOf(List.of("10/09/2018"), LocalDates.orderOf(Locale.ITALY)));
    assertEquals(LocalDates.Order.MONTH_DAY_YEAR, LocalDates.orderOf(Locale.US));
    assertEquals(LocalDates.Order.DAY_MONTH_YEAR, LocalDates.orderOf(List.of("26-1-2019"), null));
  }

  @Test
  void timesWithTheirMarkers() {
    LocalDates.Order mdy = LocalDates.Order.MONTH_DAY_YEAR;
    assertEquals(
        LocalDateTime.of(2019, 3, 20, 21, 58, 25),
        LocalDates.dateTime("3/20/2019, 9:58:25 PM", mdy).orElseThrow());
    assertEquals(
        LocalDateTime.of(2019, 3, 20, 0, 5, 0),
        LocalDates.dateTime("3/20/2019, 12:05:00 AM", mdy).orElseThrow());
    assertEquals(
        LocalDateTime.of(2019, 1, 24, 21, 46, 29),
        LocalDates.dateTime("2019/1/24, 下午 9:46:29", LocalDates.Order.YEAR_MONTH_DAY)
            .orElseThrow());
    assertEquals(
        LocalDate.of(2019, 3, 2),
        LocalDates.date("02.03.2019 00:00:00", LocalDates.Order.DAY_MONTH_YEAR).orElseThrow());
    assertTrue(LocalDates.date("2/30/2019", mdy).isEmpty());
    assertEquals(
        "2019-03-02T00:00:00Z",
        LocalDates.msAjaxDate("/Date(1551484800000)/").orElseThrow().toString());
  }

  @Test
  void csvWithQuotesDelimitersAndLineBreaks() {
    List<Csv.Row> rows = Csv.parse(List.of("\"a\";\"b\"\"c\";d", "", "\"multi", "line\";x"), ';');
    assertEquals(List.of("a", "b\"c", "d"), rows.get(0).cells());
    assertEquals(List.of("multi\nline", "x"), rows.get(1).cells());
    assertEquals(3, rows.get(1).line());
    assertEquals(';', Csv.delimiterOf("\"Source\";\"HotFixID\";\"a,b\""));
    assertEquals(',', Csv.delimiterOf("Node,Caption"));
  }
}

package org.wuhealth.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.cli.ExitCodes;
import org.wuhealth.cli.Io;
import org.wuhealth.cli.Main;

/**
 * The batch's report.html in a real headless Chromium: it renders, logs no console error, loads
 * nothing from outside the file, sorts and filters its host table, and the snapshot whose host name
 * is an HTML/script payload executes nothing. Skipped when Chromium is missing, unless {@code
 * WUHEALTH_REQUIRE_BROWSER=1} (set by CI, which installs it), where a missing browser fails.
 */
class HtmlReportBrowserTest {
  @TempDir static Path tmp;
  private static HeadlessChromium browser;

  @BeforeAll
  static void openTheReport() throws Exception {
    Path binary = HeadlessChromium.requireOrSkip();
    Path out = tmp.resolve("out");
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Main.run(
            new String[] {"batch", "--out", out.toString(), "../samples/fleet"},
            new Io(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err),
                Map.of(),
                false));
    assertEquals(ExitCodes.INPUTS_FAILED, code, err.toString());
    browser = new HeadlessChromium(binary);
    browser.call("Runtime.enable", Map.of());
    browser.call("Log.enable", Map.of());
    browser.call("Network.enable", Map.of());
    browser.call("Page.enable", Map.of());
    browser.call("Page.navigate", Map.of("url", out.resolve("report.html").toUri().toString()));
    browser.await(e -> "Page.loadEventFired".equals(e.path("method").asText()));
  }

  @AfterAll
  static void close() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void rendersTheSummaryChartsAndEveryHost() throws Exception {
    assertEquals("wuhealth fleet report", browser.eval("document.title").asText());
    assertEquals(11, browser.eval("document.querySelectorAll('#hosts tbody tr').length").asInt());
    assertTrue(browser.eval("document.querySelectorAll('svg rect').length").asInt() >= 10);
    assertEquals(3, browser.eval("document.querySelectorAll('figure.chart').length").asInt());
    assertTrue(
        browser.eval("document.body.innerText").asText().contains("FLEET-SHARED-WSUS-FAILURE"));
  }

  @Test
  void logsNoConsoleErrorAndLoadsNothingFromOutside() {
    List<String> problems = new ArrayList<>();
    for (JsonNode e : browser.events()) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      if (method.equals("Runtime.exceptionThrown")
          || method.equals("Runtime.consoleAPICalled")
              && List.of("error", "warning", "assert").contains(p.path("type").asText())
          || method.equals("Log.entryAdded")
              && List.of("error", "warning").contains(p.path("entry").path("level").asText())) {
        problems.add(e.toString());
      }
      if (method.equals("Network.requestWillBeSent")
          && !p.path("request").path("url").asText().startsWith("file:")) {
        problems.add("external request: " + p.path("request").path("url").asText());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aHostNameMadeOfMarkupIsShownAsTextAndRunsNothing() throws Exception {
    assertTrue(browser.eval("typeof window.__pwned === 'undefined'").asBoolean());
    assertEquals(
        0, browser.eval("document.querySelectorAll('#hosts img, #hosts script').length").asInt());
    String cell =
        browser
            .eval(
                "Array.from(document.querySelectorAll('#hosts td.host'))"
                    + ".map(td => td.firstChild.textContent).find(t => t.includes('script'))")
            .asText();
    assertEquals(
        "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>\"'&", cell);
  }

  @Test
  void theHostTableSortsBothWaysAndFilters() throws Exception {
    String hosts =
        "Array.from(document.querySelectorAll('#hosts tbody tr')).map(r => r.dataset.host)";
    String sevs =
        "Array.from(document.querySelectorAll('#hosts tbody tr')).map(r => Number(r.dataset.sev))";
    browser.eval("document.querySelector('th[data-key=host] button').click()");
    List<String> ascending = strings(browser.eval(hosts));
    assertEquals(ascending.stream().sorted().toList(), ascending);
    assertEquals(
        "ascending",
        browser
            .eval("document.querySelector('th[data-key=host]').getAttribute('aria-sort')")
            .asText());
    browser.eval("document.querySelector('th[data-key=host] button').click()");
    List<String> descending = strings(browser.eval(hosts));
    List<String> reversed = new ArrayList<>(ascending);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, descending);

    browser.eval("document.querySelector('th[data-key=sev] button').click()");
    List<Integer> severities = new ArrayList<>();
    browser.eval(sevs).forEach(n -> severities.add(n.asInt()));
    assertEquals(severities.stream().sorted().toList(), severities);
    assertTrue(severities.get(0) < severities.get(severities.size() - 1));

    browser.eval(
        "var f = document.getElementById('filter'); f.value = 'dev0';"
            + " f.dispatchEvent(new Event('input'))");
    assertEquals(
        3,
        browser.eval("document.querySelectorAll('#hosts tbody tr:not([hidden])').length").asInt());
    assertEquals("3", browser.eval("document.getElementById('shown').textContent").asText());
    browser.eval(
        "var f = document.getElementById('filter'); f.value = '';"
            + " f.dispatchEvent(new Event('input'));"
            + " var l = document.getElementById('level'); l.value = 'high';"
            + " l.dispatchEvent(new Event('change'))");
    int high =
        browser.eval("document.querySelectorAll('#hosts tbody tr:not([hidden])').length").asInt();
    assertTrue(high >= 1 && high < 11, "rows at high: " + high);
    assertFalse(
        browser
            .eval(
                "document.querySelector('#hosts tbody tr:not([hidden])').dataset.level !== 'high'")
            .asBoolean());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.asText()));
    return values;
  }
}

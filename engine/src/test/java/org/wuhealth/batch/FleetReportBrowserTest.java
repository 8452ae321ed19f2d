package org.wuhealth.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.bench.FleetGenerator;
import org.wuhealth.cli.Io;
import org.wuhealth.cli.Main;

/**
 * Issue 16: the report of a 2,000-host fleet in a real headless Chromium: hosts worst first, the
 * charts say what they leave out and cut no label, nothing logged. It prints how long the page took
 * to load and keeps a screenshot in target/ to look at (a measurement, not a timed assertion).
 */
class FleetReportBrowserTest {
  static final int HOSTS = 2_000;
  static final Path SCREENSHOT = Path.of("target", "fleet-report-2000.png");
  static final Path HOSTS_SCREENSHOT = Path.of("target", "fleet-report-2000-hosts.png");

  @TempDir static Path tmp;
  private static HeadlessChromium browser;
  private static long loadMillis;

  @BeforeAll
  static void openTheReportOfALargeFleet() throws Exception {
    Path binary = HeadlessChromium.requireOrSkip();
    Path fleet = tmp.resolve("fleet");
    new FleetGenerator(Path.of("..", "samples")).write(fleet, HOSTS);
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    Main.run(
        new String[] {"batch", "--out", out.toString(), "--now", "2026-11-21", fleet.toString()},
        new Io(new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of(), false));
    assertTrue(Files.exists(out.resolve("report.html")), err.toString());
    browser = new HeadlessChromium(binary);
    browser.call("Runtime.enable", Map.of());
    browser.call("Log.enable", Map.of());
    browser.call("Page.enable", Map.of());
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1366, "height", 1800, "deviceScaleFactor", 1, "mobile", false));
    long start = System.nanoTime();
    browser.call("Page.navigate", Map.of("url", out.resolve("report.html").toUri().toString()));
    browser.await(e -> "Page.loadEventFired".equals(e.path("method").asText()));
    loadMillis = (System.nanoTime() - start) / 1_000_000;
    JsonNode shot = browser.call("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, Base64.getDecoder().decode(shot.get("data").asText()));
    browser.eval(
        "document.querySelector('#hosts tbody details').open = true;"
            + " document.querySelector('.controls').scrollIntoView()");
    Files.write(
        HOSTS_SCREENSHOT,
        Base64.getDecoder()
            .decode(
                browser
                    .call("Page.captureScreenshot", Map.of("format", "png"))
                    .get("data")
                    .asText()));
    System.out.printf(
        Locale.ROOT,
        "report.html of %,d hosts (%,d KB): loaded in %,d ms (navigation timing: %s ms); "
            + "screenshot %s%n",
        HOSTS,
        Files.size(out.resolve("report.html")) / 1024,
        loadMillis,
        browser
            .eval("performance.timing.loadEventEnd - performance.timing.navigationStart")
            .asText(),
        SCREENSHOT.toAbsolutePath());
  }

  @AfterAll
  static void close() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void listsEveryHostWorstFirst() throws Exception {
    List<Integer> severities = new ArrayList<>();
    browser
        .eval(
            "Array.from(document.querySelectorAll('#hosts tbody tr'))"
                + ".map(r => Number(r.dataset.sev))")
        .forEach(n -> severities.add(n.asInt()));
    assertEquals(HOSTS, severities.size());
    assertEquals(severities.stream().sorted().toList(), severities, "worst first");
    assertTrue(severities.get(0) < severities.get(severities.size() - 1));
    assertEquals(
        "ascending",
        browser
            .eval("document.querySelector('th[data-key=sev]').getAttribute('aria-sort')")
            .asText());
  }

  @Test
  void chartsSayWhatTheyLeaveOutAndCutNoLabel() throws Exception {
    String captions =
        browser
            .eval("Array.from(document.querySelectorAll('figcaption')).map(c => c.textContent)")
            .toString();
    assertTrue(captions.contains("Hosts by OS and build"), captions);
    assertTrue(
        captions.matches(
            ".*Most frequent findings \\(hosts\\): top 12 of \\d+ rules; summary.json lists all.*"),
        captions);
    assertFalse(browser.eval("document.body.innerHTML.includes('\u2026')").asBoolean());
    // Every label line fits the label column: nothing spills left of the chart.
    assertEquals(
        0,
        browser
            .eval(
                "Array.from(document.querySelectorAll('figure.chart tspan'))"
                    + ".filter(t => t.getBBox().x < 0).length")
            .asInt());
  }

  @Test
  void logsNoConsoleError() {
    List<String> problems = new ArrayList<>();
    for (JsonNode e : browser.events()) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      if (method.equals("Runtime.exceptionThrown")
          || method.equals("Log.entryAdded")
              && List.of("error", "warning").contains(p.path("entry").path("level").asText())) {
        problems.add(e.toString());
      }
    }
    assertEquals(List.of(), problems);
  }
}

package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Independent checkers of the two monitoring formats, written from their specifications rather than
 * from wuhealth's code: the Nagios plugin guidelines (status line, performance data, exit codes,
 * output size) and the Prometheus text exposition format (plus promtool itself, when installed).
 */
final class MonitoringChecks {
  private MonitoringChecks() {}

  /** A parsed plugin output: its state, status text, performance data and long output lines. */
  record PluginOutput(
      String state, String text, Map<String, Long> perfdata, List<String> longOutput) {}

  private static final Pattern STATUS =
      Pattern.compile("WUHEALTH (OK|WARNING|CRITICAL|UNKNOWN) - ([^|]+?)(?: \\| (.*))?");

  /**
   * 'label'=value[UOM];[warn];[crit];[min];[max], the label quoted when it has spaces or = or '.
   */
  private static final Pattern PERF =
      Pattern.compile(
          "('(?:[^']|'')+'|[^'= ][^= ]*)=(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|%|B|KB|MB|TB|c)?"
              + "((?:;[-0-9.:~@]*){0,4})");

  private static final List<String> STATES = List.of("OK", "WARNING", "CRITICAL", "UNKNOWN");

  /** Checks a plugin's standard output and exit code against the Nagios plugin guidelines. */
  static PluginOutput nagios(String out, int exitCode) {
    assertTrue(
        out.getBytes(StandardCharsets.UTF_8).length <= 4096,
        "Nagios 3 reads only the first 4 KB of plugin output: " + out.length());
    assertTrue(out.endsWith("\n"), "output ends with a line break");
    List<String> lines = out.lines().toList();
    assertFalse(lines.isEmpty(), "at least one line of output");
    Matcher m = STATUS.matcher(lines.get(0));
    assertTrue(m.matches(), "status line: " + lines.get(0));
    String state = m.group(1);
    assertEquals(STATES.indexOf(state), exitCode, "the exit code is the state: " + out);
    Map<String, Long> perfdata = new LinkedHashMap<>();
    if (m.group(3) != null) {
      String data = m.group(3).trim();
      Matcher p = PERF.matcher(data);
      int at = 0;
      while (at < data.length()) {
        assertTrue(
            p.find(at)
                && p.start() == at
                && (p.end() == data.length() || data.charAt(p.end()) == ' '),
            "performance data item at " + at + ": " + data);
        String label = p.group(1);
        assertEquals(null, perfdata.put(label, Long.parseLong(p.group(2).split("\\.")[0])), label);
        at = p.end();
        while (at < data.length() && data.charAt(at) == ' ') {
          at++;
        }
      }
    }
    List<String> longOutput = lines.subList(1, lines.size());
    for (String line : longOutput) {
      assertFalse(line.contains("|"), "a '|' in long output starts performance data: " + line);
    }
    return new PluginOutput(state, m.group(2), perfdata, longOutput);
  }

  /** One sample of the exposition format: metric name, labels, value. */
  record Sample(String metric, Map<String, String> labels, String value) {}

  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern VALUE =
      Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|Inf|NaN)|\\+Inf");

  /**
   * Parses the text exposition format strictly: every family has one HELP and one TYPE line before
   * its samples, all its samples are together, label values are escaped correctly, and no series
   * (name and label set) appears twice.
   */
  static List<Sample> prometheus(String text) {
    assertTrue(text.isEmpty() || text.endsWith("\n"), "ends with a line feed");
    assertFalse(text.contains("\r"), "line feeds only");
    List<Sample> samples = new ArrayList<>();
    Set<String> closed = new HashSet<>();
    Set<String> series = new HashSet<>();
    Map<String, Integer> headers = new LinkedHashMap<>();
    String current = null;
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
        String[] parts = line.split(" ", 4);
        assertTrue(NAME.matcher(parts[2]).matches(), line);
        assertFalse(closed.contains(parts[2]), "family " + parts[2] + " appears twice");
        if (!parts[2].equals(current) && current != null) {
          closed.add(current);
        }
        current = parts[2];
        headers.merge(parts[2] + parts[1], 1, Integer::sum);
        if (parts[1].equals("TYPE")) {
          assertEquals("gauge", parts[3], line);
        }
        continue;
      }
      assertFalse(line.startsWith("#"), "no other comment lines: " + line);
      Sample s;
      try {
        s = sample(line);
      } catch (IndexOutOfBoundsException e) {
        throw new AssertionError("a sample line cut short: " + line, e);
      }
      assertEquals(current, s.metric(), "the sample follows its family's HELP and TYPE: " + line);
      assertEquals(1, headers.get(s.metric() + "HELP"), "one HELP for " + s.metric());
      assertEquals(1, headers.get(s.metric() + "TYPE"), "one TYPE for " + s.metric());
      assertTrue(series.add(s.metric() + s.labels()), "duplicate series: " + line);
      samples.add(s);
    }
    return samples;
  }

  private static Sample sample(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
      i++;
    }
    String metric = line.substring(0, i);
    assertTrue(NAME.matcher(metric).matches(), line);
    Map<String, String> labels = new LinkedHashMap<>();
    if (i < line.length() && line.charAt(i) == '{') {
      i++;
      while (line.charAt(i) != '}') {
        int eq = line.indexOf('=', i);
        String name = line.substring(i, eq);
        assertTrue(LABEL_NAME.matcher(name).matches(), "label name " + name + " in " + line);
        assertEquals('"', line.charAt(eq + 1), line);
        StringBuilder value = new StringBuilder();
        int j = eq + 2;
        for (; line.charAt(j) != '"'; j++) {
          char c = line.charAt(j);
          if (c == '\\') {
            char next = line.charAt(++j);
            switch (next) {
              case '\\' -> value.append('\\');
              case '"' -> value.append('"');
              case 'n' -> value.append('\n');
              default -> fail("bad escape \\" + next + " in " + line);
            }
          } else {
            value.append(c);
          }
        }
        assertEquals(null, labels.put(name, value.toString()), "label twice: " + line);
        i = j + 1;
        if (line.charAt(i) == ',') {
          i++;
        }
      }
      i++;
    }
    assertEquals(' ', line.charAt(i), line);
    String value = line.substring(i + 1);
    assertTrue(VALUE.matcher(value).matches(), "value (no timestamp expected): " + line);
    return new Sample(metric, labels, value);
  }

  /** The samples of one metric. */
  static List<Sample> of(List<Sample> samples, String metric) {
    return samples.stream().filter(s -> s.metric().equals(metric)).toList();
  }

  /**
   * Runs {@code promtool check metrics} on {@code text}; skipped when promtool is missing, unless
   * {@code WUHEALTH_REQUIRE_PROMTOOL=1} (CI installs Debian's prometheus package and sets it).
   */
  static void promtool(String text) throws IOException, InterruptedException {
    Optional<Path> promtool = findPromtool();
    if (promtool.isEmpty()) {
      if ("1".equals(System.getenv("WUHEALTH_REQUIRE_PROMTOOL"))) {
        fail("WUHEALTH_REQUIRE_PROMTOOL=1 but no promtool found (apt-get install prometheus)");
      }
      Assumptions.abort("promtool is not installed; CI runs this check");
    }
    Process p =
        new ProcessBuilder(promtool.get().toString(), "check", "metrics")
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    }
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool finished");
    assertEquals(0, p.exitValue(), "promtool check metrics: " + said + "\n" + text);
    assertEquals("", said.trim(), "promtool has no lint remark");
  }

  private static Optional<Path> findPromtool() {
    String configured = System.getenv("WUHEALTH_PROMTOOL");
    if (configured != null && !configured.isEmpty()) {
      return Optional.of(Path.of(configured));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

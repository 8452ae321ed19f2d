package org.wuhealth.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.engine.Finding;
import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.engine.SkippedCheck;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.catalog.Requirement;

/**
 * The single-file HTML report: summary, inline SVG charts, fleet findings, unreadable inputs and
 * the sortable, filterable host table. The host rows were streamed to a file while the batch ran
 * and are copied in here, so the report never holds the fleet in memory. Everything from a snapshot
 * is escaped, and a Content-Security-Policy allows only this page's own script and style (by hash),
 * so even a missed escape could not run a script.
 */
final class HtmlReport {
  static final String[] SEVERITY_COLORS = {"#8b0000", "#d9480f", "#e8a200", "#4c7fbf", "#7a7a7a"};
  static final String NONE_COLOR = "#3c9a5f";
  private static final int TOP_RULES = 12;
  private static final int TOP_OS = 15;

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5em;color:#1d1d1f}
      h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
      .cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:9em}
      .card b{display:block;font-size:1.6em}.charts{display:flex;flex-wrap:wrap;gap:1.5em}
      figure.chart{margin:0}figcaption{font-weight:600;margin-bottom:.3em}svg text{font-size:12px;fill:#1d1d1f}
      table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e4e4e4;padding:.3em .5em;text-align:left;vertical-align:top}
      th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}
      th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
      .num{text-align:right;font-variant-numeric:tabular-nums}.src{color:#666;font-size:.8em;word-break:break-all}.warn{color:#8a5a00;font-size:.85em}
      .sev{display:inline-block;border-radius:3px;padding:0 .4em;color:#fff;font-size:.85em}
      .sev-critical{background:#8b0000}.sev-high{background:#d9480f}.sev-medium{background:#e8a200;color:#000}
      .sev-low{background:#4c7fbf}.sev-info{background:#7a7a7a}.sev-none{background:#3c9a5f}
      details ol{margin:.3em 0;padding-left:1.2em}.fix{color:#555}.controls{margin:.6em 0;display:flex;gap:1em;align-items:center}
      .finding{border-left:4px solid #d9480f;padding:.2em .8em;margin:.8em 0}.muted{color:#666}
      """;

  private static final String SCRIPT =
      """
      (function () {
        var table = document.getElementById('hosts');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var heads = table.tHead.rows[0].cells;
        // The batch writes the rows worst first (see the Worst header's aria-sort).
        var sortKey = 'sev', dir = 1;
        function value(row, key, type) {
          var v = row.getAttribute('data-' + key) || '';
          return type === 'num' ? Number(v) : v;
        }
        function sortBy(th) {
          var key = th.getAttribute('data-key'), type = th.getAttribute('data-type');
          dir = sortKey === key ? -dir : 1;
          sortKey = key;
          rows.sort(function (a, b) {
            var x = value(a, key, type), y = value(b, key, type);
            var c = x < y ? -1 : x > y ? 1 : 0;
            return c !== 0 ? c * dir : Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'));
          });
          var fragment = document.createDocumentFragment();
          rows.forEach(function (r) { fragment.appendChild(r); });
          body.appendChild(fragment);
          for (var i = 0; i < heads.length; i++) {
            heads[i].removeAttribute('aria-sort');
          }
          th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
        }
        for (var i = 0; i < heads.length; i++) {
          (function (th) {
            var button = th.querySelector('button');
            if (button) {
              button.addEventListener('click', function () { sortBy(th); });
            }
          })(heads[i]);
        }
        var text = document.getElementById('filter');
        var level = document.getElementById('level');
        var shown = document.getElementById('shown');
        function filter() {
          var q = text.value.trim().toLowerCase(), l = level.value, n = 0;
          rows.forEach(function (r) {
            if (r.searchText === undefined) {
              r.searchText = r.textContent.toLowerCase();
            }
            var ok = (!q || r.searchText.indexOf(q) >= 0) && (!l || r.getAttribute('data-level') === l);
            r.hidden = !ok;
            if (ok) { n++; }
          });
          shown.textContent = String(n);
        }
        text.addEventListener('input', filter);
        level.addEventListener('change', filter);
      })();
      """;

  /** Everything besides the host rows. */
  record Data(
      String version,
      Tally tally,
      FleetAnalyzer.Result fleet,
      List<String[]> firstErrors,
      Severity failOn) {}

  private HtmlReport() {}

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * @param rows files of host rows, copied in this order (the batch writes them worst severity
   *     first)
   */
  static void write(Writer out, Data d, List<Path> rows) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    out.write(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '"
            + hash(STYLE)
            + "'; script-src '"
            + hash(SCRIPT)
            + "'; img-src data:\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>wuhealth fleet report</title>\n<style>" + STYLE + "</style></head><body>\n");
    Tally t = d.tally();
    out.write("<h1>Windows update health of the fleet</h1>\n");
    out.write(
        "<p class=\"muted\">wuhealth "
            + Html.text(d.version())
            + " &middot; "
            + fmt(t.inputs)
            + " inputs &middot; each host evaluated at its own collection time unless --now was"
            + " given</p>\n");
    if (t.knowledge != null) {
      out.write(
          "<p class=\"muted\">"
              + Html.text(capitalized(t.knowledge.describe()))
              + (t.newerThanKnowledge == 0
                  ? ""
                  : " &middot; "
                      + fmt(t.newerThanKnowledge)
                      + " hosts are newer than it: findings that rely on the latest update or on"
                      + " supersedence are only possible there; refresh it with <code>wuhealth kb"
                      + " update</code>")
              + "</p>\n");
    }
    long failing = d.failOn() == null ? 0 : t.hostsAtLeast(d.failOn());
    out.write("<div class=\"cards\">");
    card(out, "hosts analysed", t.analyzed);
    card(out, "unreadable inputs", t.failed);
    card(out, "hosts with findings", t.analyzed - t.clean);
    if (d.failOn() != null) {
      card(out, "hosts at or above " + d.failOn().label(), failing);
    }
    card(out, "fleet findings", d.fleet().findings().size());
    out.write("</div>\n<h2>Overview</h2><div class=\"charts\">\n");
    out.write(Charts.bars("Hosts by worst severity", severityBars(t)));
    out.write(
        Charts.bars(
            "Most frequent findings (hosts)" + more(t.rules.size(), TOP_RULES, "rules"),
            ruleBars(t)));
    long osKeys = t.osBuilds.values().stream().mapToLong(Map::size).sum();
    out.write(Charts.bars("Hosts by OS and build" + more(osKeys, TOP_OS, "builds"), osBars(t)));
    out.write("</div>\n");
    fleetSection(out, d.fleet());
    errorSection(out, d.firstErrors(), t.failed);
    out.write(
        "<h2>Hosts</h2>\n<div class=\"controls\"><label>Filter <input id=\"filter\""
            + " type=\"search\" placeholder=\"host, OS, finding, evidence\"></label>"
            + "<label>Worst severity <select id=\"level\"><option value=\"\">any</option>");
    for (Severity s : Severity.values()) {
      out.write("<option>" + s.label() + "</option>");
    }
    out.write(
        "<option>none</option></select></label><span><span id=\"shown\">"
            + t.analyzed
            + "</span> of "
            + t.analyzed
            + " hosts shown</span></div>\n");
    out.write("<table id=\"hosts\"><thead><tr>");
    header(out, "Host", "host", "text");
    header(out, "OS", "os", "text");
    header(out, "Build", "build", "num");
    header(out, "Collected (UTC)", "collected", "text");
    header(out, "Worst", "sev", "num");
    header(out, "Findings", "count", "num");
    out.write("<th>Top finding, evidence</th></tr></thead>\n<tbody>\n");
    for (Path file : rows) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
    }
    out.write("</tbody></table>\n<script>" + SCRIPT + "</script>\n</body></html>\n");
  }

  private static void fleetSection(Writer out, FleetAnalyzer.Result fleet) throws IOException {
    out.write("<h2>Fleet findings</h2>\n");
    if (fleet.findings().isEmpty()) {
      out.write("<p>No fleet-wide problem found.</p>\n");
    }
    for (Finding f : fleet.findings()) {
      out.write(
          "<div class=\"finding\"><p><span class=\"sev sev-"
              + f.severity().label()
              + "\">"
              + f.severity().label()
              + "</span> <b>"
              + Html.text(f.ruleId())
              + "</b> "
              + Html.text(f.title())
              + " <i>("
              + f.confidence().label()
              + ")</i></p><ul>");
      for (String e : f.evidence()) {
        out.write("<li>" + evidence(e) + "</li>");
      }
      out.write("</ul><details><summary>What to do</summary><ol>");
      for (String r : f.remediation()) {
        out.write("<li>" + Html.text(r) + "</li>");
      }
      out.write("</ol></details></div>\n");
    }
    for (SkippedCheck s : fleet.skipped()) {
      out.write(
          "<p class=\"muted\">Not checked: "
              + Html.text(s.ruleId())
              + " "
              + Html.text(s.title())
              + " (no host had "
              + Html.text(String.join(", ", s.missing().stream().map(Requirement::text).toList()))
              + ")</p>\n");
    }
  }

  /** Evidence naming more hosts than this is folded ("hosts (25)", unfolding to the list). */
  static final int FOLD_AFTER = 5;

  private static final Pattern LIST = Pattern.compile("^([\\w ]{1,40}): (.+)$");
  private static final Pattern MORE = Pattern.compile(" and (\\d+) more$");

  /**
   * One evidence line; a long list ("hosts: A, B, C, ... and 40 more") folded behind its label and
   * count, so that a fleet finding stays a few lines however many hosts it names.
   */
  static String evidence(String line) {
    Matcher m = LIST.matcher(line);
    if (m.matches()) {
      String[] items = m.group(2).split(", ");
      if (items.length > FOLD_AFTER) {
        Matcher more = MORE.matcher(m.group(2));
        long count = items.length + (more.find() ? Long.parseLong(more.group(1)) : 0);
        return "<details><summary>"
            + Html.text(m.group(1))
            + " ("
            + fmt(count)
            + ")</summary>"
            + Html.text(m.group(2))
            + "</details>";
      }
    }
    return Html.text(line);
  }

  private static void errorSection(Writer out, List<String[]> errors, long total)
      throws IOException {
    if (total == 0) {
      return;
    }
    out.write("<h2>Unreadable inputs</h2>\n<ul>");
    for (String[] e : errors) {
      out.write("<li>" + Html.text(e[1]) + "</li>");
    }
    out.write("</ul>\n");
    if (total > errors.size()) {
      out.write(
          "<p class=\"muted\">and "
              + fmt(total - errors.size())
              + " more; errors.jsonl lists them all.</p>\n");
    }
  }

  /** ": top 12 of 17 rules; summary.json lists all" when a chart shows only the top. */
  private static String more(long total, int shown, String what) {
    return total <= shown
        ? ""
        : ": top " + shown + " of " + fmt(total) + " " + what + "; summary.json lists all";
  }

  private static List<Charts.Bar> severityBars(Tally t) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (Severity s : Severity.values()) {
      bars.add(
          new Charts.Bar(s.label(), t.worst.getOrDefault(s, 0L), SEVERITY_COLORS[s.ordinal()]));
    }
    bars.add(new Charts.Bar("no finding", t.clean, NONE_COLOR));
    return bars;
  }

  private static List<Charts.Bar> ruleBars(Tally t) {
    return t.rules.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, Tally.RuleCount> e) -> -e.getValue().hosts)
                .thenComparing(Map.Entry::getKey))
        .limit(TOP_RULES)
        .map(
            e ->
                new Charts.Bar(
                    e.getKey() + " " + e.getValue().title,
                    e.getValue().hosts,
                    SEVERITY_COLORS[e.getValue().worst.ordinal()]))
        .toList();
  }

  private static List<Charts.Bar> osBars(Tally t) {
    List<Charts.Bar> bars = new ArrayList<>();
    t.osBuilds.forEach(
        (os, builds) ->
            builds.forEach((build, n) -> bars.add(new Charts.Bar(os + " " + build, n, "#4c7fbf"))));
    return bars.stream()
        .sorted(
            Comparator.comparingLong((Charts.Bar b) -> -b.value()).thenComparing(Charts.Bar::label))
        .limit(TOP_OS)
        .toList();
  }

  private static void header(Writer out, String label, String key, String type) throws IOException {
    out.write(
        "<th data-key=\""
            + key
            + "\" data-type=\""
            + type
            + (key.equals("sev") ? "\" aria-sort=\"ascending" : "")
            + "\"><button type=\"button\">"
            + label
            + "</button></th>");
  }

  private static void card(Writer out, String label, long value) throws IOException {
    out.write("<div class=\"card\"><b>" + fmt(value) + "</b>" + Html.text(label) + "</div>");
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

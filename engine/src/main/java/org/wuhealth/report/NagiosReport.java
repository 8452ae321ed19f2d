package org.wuhealth.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Predicate;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Finding;
import org.wuhealth.engine.SkippedCheck;
import org.wuhealth.rules.api.Severity;

/**
 * The Nagios plugin API ({@code --format nagios}), which Icinga, Checkmk, NSClient++, Naemon and
 * PRTG read too: one status line {@code WUHEALTH STATE - text | perfdata}, then long output, and
 * the state as exit code. One host is shown in detail (findings with evidence); several hosts, or a
 * batch, get one status for all with a line per host that is not OK.
 *
 * <p>A host whose facts could not be read, or that could not be read at all, is UNKNOWN, never OK.
 * Nothing dynamic may contain "|" (it would start the performance data), so it is replaced.
 */
public final class NagiosReport {
  /**
   * Nagios 3 reads the first 4 KB of a plugin's output (NRPE 2 only 1 KB of the first line, which
   * stays short); the long output is cut to fit, and says so.
   */
  static final int MAX_BYTES = 4000;

  /** Rule ids or host names named on the status line before "+N more". */
  static final int MAX_NAMES = 5;

  /** What to print and exit with. */
  public record Output(NagiosState state, String text) {}

  private NagiosReport() {}

  /** For analyze and scan: one host in detail; several hosts (or unreadable inputs) as a fleet. */
  public static Output render(
      List<AnalysisResult> results, List<JsonReport.InputError> errors, MonitoringThresholds t) {
    if (results.size() == 1 && errors.isEmpty()) {
      return host(results.get(0), t);
    }
    Fleet fleet = new Fleet(t);
    results.forEach(r -> fleet.host(MonitoringSummary.of(r)));
    errors.forEach(e -> fleet.unreadable(e.file(), e.message()));
    return fleet.render();
  }

  /** A run that could not check anything (bad option, collection failed, internal error). */
  public static Output unknown(String message) {
    return new Output(
        NagiosState.UNKNOWN, "WUHEALTH UNKNOWN - " + clean(message.lines().findFirst().orElse("")));
  }

  /** One host: the findings at the level of its state on the status line, evidence below. */
  static Output host(AnalysisResult r, MonitoringThresholds t) {
    MonitoringSummary s = MonitoringSummary.of(r);
    NagiosState state = state(s, t);
    String status;
    if (state == NagiosState.CRITICAL || state == NagiosState.WARNING) {
      status = groups(s, f -> t.stateOf(f.severity()) == state);
    } else {
      status = quiet(s, t);
      if (state == NagiosState.UNKNOWN) {
        status = notRead(s) + "; " + status;
      }
    }
    List<String> details = new ArrayList<>();
    details.add(s.host() + " (" + s.source() + "), facts collected " + s.collectedAt());
    for (Finding f : r.findings()) {
      details.add(headline(f));
      f.evidence().forEach(e -> details.add("  - " + e));
      if (!f.remediation().isEmpty()) {
        details.add("  fix: " + f.remediation().get(0));
      }
    }
    if (!s.notRead().isEmpty()) {
      details.add("not read: " + String.join(", ", s.notRead()));
    }
    if (!r.skipped().isEmpty()) {
      StringJoiner ids = new StringJoiner(", ");
      r.skipped().stream().map(SkippedCheck::ruleId).forEach(ids::add);
      details.add("not checked (facts not collected): " + ids);
    }
    Perfdata perf = new Perfdata();
    perf.add("findings", s.findings());
    for (Severity severity : Severity.values()) {
      perf.add(severity.label(), s.bySeverity().get(severity));
    }
    perf.add("skipped", s.skippedChecks());
    perf.add("not_read", s.notRead().size());
    return new Output(state, assemble(state, status, perf, details));
  }

  /** The state of one analysed host. */
  static NagiosState state(MonitoringSummary s, MonitoringThresholds t) {
    NagiosState state = NagiosState.OK;
    for (MonitoringSummary.RuleCount rule : s.rules()) {
      state = state.worst(t.stateOf(rule.severity()));
    }
    if (state == NagiosState.OK && !s.notRead().isEmpty()) {
      return NagiosState.UNKNOWN;
    }
    return state;
  }

  /** "2 high: NA-MISSING-PREREQ, WSUS-SERVICE-STOPPED" for the findings that match. */
  private static String groups(MonitoringSummary s, Predicate<MonitoringSummary.RuleCount> which) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    List<String> ids = new ArrayList<>();
    for (MonitoringSummary.RuleCount rule : s.rules()) {
      if (which.test(rule)) {
        counts.merge(rule.severity(), rule.findings(), Integer::sum);
        if (!ids.contains(rule.ruleId())) {
          ids.add(rule.ruleId());
        }
      }
    }
    StringJoiner how = new StringJoiner(", ");
    counts.forEach((severity, n) -> how.add(n + " " + severity.label()));
    return how + ": " + names(ids);
  }

  /** The status text of a host with nothing at an alerting level. */
  private static String quiet(MonitoringSummary s, MonitoringThresholds t) {
    if (s.findings() == 0) {
      return s.skippedChecks() == 0
          ? "no findings"
          : "no findings, " + s.skippedChecks() + " checks not run (facts not collected)";
    }
    Severity lowest = t.lowestAlerting();
    String below = lowest == null ? "alerts are off" : "no finding at or above " + lowest.label();
    return below + " (" + groups(s, rule -> true) + ")";
  }

  private static String notRead(MonitoringSummary s) {
    return "could not read "
        + s.notRead().size()
        + (s.notRead().size() == 1 ? " source: " : " sources: ")
        + names(s.notRead());
  }

  /** Up to {@link #MAX_NAMES} names, then "+N more". */
  static String names(List<String> names) {
    StringJoiner out = new StringJoiner(", ");
    names.stream().limit(MAX_NAMES).forEach(out::add);
    if (names.size() > MAX_NAMES) {
      out.add("+" + (names.size() - MAX_NAMES) + " more");
    }
    return out.toString();
  }

  /** Status line with performance data, then the long output cut to {@link #MAX_BYTES}. */
  static String assemble(NagiosState state, String status, Perfdata perf, List<String> details) {
    StringBuilder out = new StringBuilder();
    out.append("WUHEALTH ")
        .append(state.name())
        .append(" - ")
        .append(clean(status))
        .append(" | ")
        .append(perf)
        .append('\n');
    int bytes = utf8(out);
    for (int i = 0; i < details.size(); i++) {
      String line = clean(details.get(i)) + '\n';
      int left = details.size() - i;
      String more = "... " + left + " more lines; --format text shows everything\n";
      if (bytes + utf8(line) + utf8(more) > MAX_BYTES && left > 1) {
        out.append(more);
        break;
      }
      out.append(line);
      bytes += utf8(line);
    }
    return out.toString();
  }

  private static int utf8(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  /** No "|" (it starts performance data) and no line breaks inside one line. */
  static String clean(String text) {
    return TerminalText.clean(text.replace('|', '/').replace('\r', ' ').replace('\n', ' '));
  }

  /** Performance data in the plugin guidelines' form, {@code label=value;;;} each. */
  static final class Perfdata {
    private final StringJoiner items = new StringJoiner(" ");

    void add(String label, long value) {
      items.add(label + "=" + value + ";;;");
    }

    @Override
    public String toString() {
      return items.toString();
    }
  }

  /**
   * One status for many hosts (analyze of several inputs, batch): the worst state, with the hosts
   * of each non-OK state named. Hosts arrive one at a time and only counts and the first lines are
   * kept, so a batch of any size stays in bounded memory. Used by one thread.
   */
  public static final class Fleet {
    /** Long-output lines kept; more would not fit in {@link #MAX_BYTES} anyway. */
    static final int MAX_LINES = 200;

    private final MonitoringThresholds thresholds;
    private final Map<NagiosState, Integer> hosts = new EnumMap<>(NagiosState.class);
    private final Map<NagiosState, List<String>> named = new EnumMap<>(NagiosState.class);
    private final Map<Severity, Long> findings = new EnumMap<>(Severity.class);
    private final List<String> lines = new ArrayList<>();
    private final Map<String, Severity> fleetRules = new LinkedHashMap<>();
    private NagiosState fleetState = NagiosState.OK;
    private int fleetFindings;
    private int omitted;

    public Fleet(MonitoringThresholds thresholds) {
      this.thresholds = thresholds;
      for (NagiosState s : NagiosState.values()) {
        hosts.put(s, 0);
        named.put(s, new ArrayList<>());
      }
      for (Severity s : Severity.values()) {
        findings.put(s, 0L);
      }
    }

    public void host(MonitoringSummary s) {
      NagiosState state = state(s, thresholds);
      s.bySeverity().forEach((severity, n) -> findings.merge(severity, (long) n, Long::sum));
      String text;
      if (state == NagiosState.CRITICAL || state == NagiosState.WARNING) {
        text = groups(s, f -> thresholds.stateOf(f.severity()) == state);
      } else if (state == NagiosState.UNKNOWN) {
        text = notRead(s);
      } else {
        text = null;
      }
      count(state, s.host(), text == null ? null : s.host() + " (" + s.source() + "): " + text);
    }

    public void unreadable(String source, String message) {
      count(NagiosState.UNKNOWN, source, source + ": " + message);
    }

    /** The findings of the fleet rules (batch). */
    public void fleetFindings(List<Finding> list) {
      for (Finding f : list) {
        fleetFindings++;
        NagiosState state = thresholds.stateOf(f.severity());
        fleetState = fleetState.worst(state);
        if (state != NagiosState.OK) {
          fleetRules.putIfAbsent(f.ruleId(), f.severity());
          line(state.name() + " fleet: " + headline(f));
        }
      }
    }

    private void count(NagiosState state, String name, String line) {
      hosts.merge(state, 1, Integer::sum);
      if (named.get(state).size() < MAX_NAMES) {
        named.get(state).add(name);
      }
      if (line != null) {
        line(state.name() + " " + line);
      }
    }

    private void line(String line) {
      if (lines.size() < MAX_LINES) {
        lines.add(line);
      } else {
        omitted++;
      }
    }

    public Output render() {
      int total = hosts.values().stream().mapToInt(Integer::intValue).sum();
      NagiosState state = fleetState;
      for (NagiosState s : NagiosState.values()) {
        if (hosts.get(s) > 0) {
          state = state.worst(s);
        }
      }
      StringJoiner status = new StringJoiner(", ");
      boolean first = true;
      for (NagiosState s :
          List.of(NagiosState.CRITICAL, NagiosState.WARNING, NagiosState.UNKNOWN)) {
        int n = hosts.get(s);
        if (n == 0) {
          continue;
        }
        String shown =
            String.join(", ", named.get(s))
                + (n > MAX_NAMES ? ", +" + (n - MAX_NAMES) + " more" : "");
        String lead = first ? n + " of " + total + (total == 1 ? " host " : " hosts ") : n + " ";
        status.add(lead + s.name().toLowerCase(Locale.ROOT) + " (" + shown + ")");
        first = false;
      }
      if (first) {
        Severity lowest = thresholds.lowestAlerting();
        status.add(
            total
                + (total == 1 ? " host" : " hosts")
                + (lowest == null
                    ? ", alerts are off"
                    : ", no finding at or above " + lowest.label()));
      }
      if (!fleetRules.isEmpty()) {
        StringJoiner rules = new StringJoiner(", ");
        fleetRules.forEach((id, severity) -> rules.add(id + " (" + severity.label() + ")"));
        status.add("fleet: " + rules);
      }
      Perfdata perf = new Perfdata();
      perf.add("hosts", total);
      for (NagiosState s : NagiosState.values()) {
        perf.add(s.name().toLowerCase(Locale.ROOT) + "_hosts", hosts.get(s));
      }
      perf.add("findings", findings.values().stream().mapToLong(Long::longValue).sum());
      for (Severity severity : Severity.values()) {
        perf.add(severity.label(), findings.get(severity));
      }
      perf.add("fleet_findings", fleetFindings);
      List<String> details = new ArrayList<>(lines);
      if (omitted > 0) {
        details.add("... " + omitted + " more hosts or fleet findings not shown");
      }
      return new Output(state, assemble(state, status.toString(), perf, details));
    }
  }

  /** "[high, certain] RULE-ID: title", the way a finding reads in a check's output. */
  private static String headline(Finding f) {
    return "["
        + f.severity().label()
        + ", "
        + f.confidence().label()
        + "] "
        + f.ruleId()
        + ": "
        + f.title();
  }
}

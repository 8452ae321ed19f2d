package org.wuhealth.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.wuhealth.rules.api.Coverage;
import org.wuhealth.rules.api.Hit;
import org.wuhealth.rules.catalog.Requirement;
import org.wuhealth.rules.fleet.ClientFailure;
import org.wuhealth.rules.fleet.FleetFacts;
import org.wuhealth.rules.fleet.FleetPolicy;
import org.wuhealth.rules.fleet.HostSummary;

/**
 * Evaluates the fleet rules over a batch. Each analysed host contributes a small summary ({@link
 * #contribution}, thread-safe, called by the batch workers); one {@link Session} receives the
 * contributions in batch order and fires the fleet rules once at the end.
 */
public final class FleetAnalyzer {
  private final RuleBase ruleBase;

  /** Every requirement of every fleet rule, in catalogue order. */
  private final List<Requirement> requirements = new ArrayList<>();

  public FleetAnalyzer(RuleBase fleetRules) {
    this.ruleBase = fleetRules;
    for (RuleInfo rule : fleetRules.rules()) {
      requirements.addAll(rule.metadata().requires());
    }
  }

  /**
   * What one host brings to the fleet rules.
   *
   * @param met for each requirement of each fleet rule, in catalogue order, whether the host's
   *     snapshot has it
   */
  public record Contribution(HostSummary summary, List<ClientFailure> failures, boolean[] met) {}

  /** The fleet findings and the fleet checks that could not run. */
  public record Result(
      List<Finding> findings, List<SkippedCheck> skipped, Map<String, Long> machines) {}

  /**
   * Distils an analysed host. {@code index} is its position in the batch, which orders hosts in
   * evidence.
   */
  public Contribution contribution(int index, AnalysisResult r) {
    HostSummary summary =
        FleetFacts.summary(
            index,
            r.source(),
            r.snapshot(),
            r.evaluatedAt(),
            r.worstSeverity().orElse(null),
            r.findings().stream()
                .map(f -> f.ruleId() + " (" + f.severity().label() + "): " + f.title())
                .toList());
    Coverage coverage = Coverage.of(r.snapshot());
    boolean[] met = new boolean[requirements.size()];
    for (int i = 0; i < met.length; i++) {
      met[i] = requirements.get(i).metBy(coverage);
    }
    return new Contribution(
        summary, FleetFacts.failures(summary, r.snapshot(), r.evaluatedAt()), met);
  }

  /**
   * Opens the session of a batch. {@code expectedHosts} is how many hosts it plans: the ledger is
   * made that large at once.
   */
  public Session open(FleetPolicy policy, int expectedHosts) {
    return new Session(policy, expectedHosts);
  }

  /**
   * Receives contributions on one thread, in batch order; {@link #finish} fires the rules. Fleet
   * rules count machines, not snapshots: of several snapshots of one machine (by name, domain and
   * SusClientId) only the newest is given to the rules, with the others counted. The contributions
   * are kept compactly ({@link FleetLedger}) and reach the session as a few grouped facts at the
   * end, so that a batch of 100,000 hosts does not hold 100,000 facts in Drools.
   */
  public final class Session {
    private final KieSession session = ruleBase.newSession();
    private final long[] metCounts = new long[requirements.size()];
    private final long[] eligible = new long[ruleBase.rules().size()];
    private final FleetLedger ledger;

    private Session(FleetPolicy policy, int expectedHosts) {
      ledger = new FleetLedger(requirements.size(), expectedHosts);
      session.insert(policy);
    }

    public void add(Contribution c) {
      ledger.add(c.summary(), c.failures(), c.met());
    }

    /** Gives the machines to the rules and counts what their checks need. */
    private void insertMachines() {
      List<RuleInfo> rules = ruleBase.rules();
      List<Object> facts =
          ledger.facts(
              (words, from) -> {
                int i = 0;
                for (int r = 0; r < rules.size(); r++) {
                  boolean all = true;
                  for (int k = 0; k < rules.get(r).metadata().requires().size(); k++, i++) {
                    if ((words[from + i / 64] & (1L << (i % 64))) != 0) {
                      metCounts[i]++;
                    } else {
                      all = false;
                    }
                  }
                  if (all) {
                    eligible[r]++;
                  }
                }
              });
      facts.forEach(session::insert);
    }

    /** Fires the fleet rules and closes the session. */
    public Result finish() {
      try {
        insertMachines();
        int fired = session.fireAllRules(Analyzer.MAX_FIRINGS);
        if (fired >= Analyzer.MAX_FIRINGS) {
          throw new IllegalStateException("fleet rules fired " + fired + " times without settling");
        }
        Map<List<Object>, Finding> unique = new LinkedHashMap<>();
        for (Object o : session.getObjects(o -> o instanceof Hit)) {
          Hit hit = (Hit) o;
          RuleInfo rule = ruleBase.rule(hit.ruleId());
          if (rule == null) {
            throw new IllegalStateException(
                "a hit names rule " + hit.ruleId() + ", which is not a fleet rule");
          }
          Finding f =
              Finding.of(
                  rule,
                  hit,
                  hit.evidence(),
                  hit.severity() != null ? hit.severity() : rule.severity(),
                  hit.confidence() != null ? hit.confidence() : rule.confidence(),
                  null);
          unique.putIfAbsent(List.of(f.ruleId(), f.evidence()), f);
        }
        List<Finding> ranked = new ArrayList<>(unique.values());
        ranked.sort(FindingOrder.RANK);
        return new Result(ranked, skipped(), eligibleHosts());
      } finally {
        session.dispose();
      }
    }

    /** Fleet rules for which no host had everything they need. */
    private List<SkippedCheck> skipped() {
      List<SkippedCheck> skipped = new ArrayList<>();
      List<RuleInfo> rules = ruleBase.rules();
      int i = 0;
      for (int r = 0; r < rules.size(); r++) {
        List<Requirement> missing = new ArrayList<>();
        for (Requirement requirement : rules.get(r).metadata().requires()) {
          if (metCounts[i++] == 0) {
            missing.add(requirement);
          }
        }
        if (eligible[r] == 0) {
          RuleInfo rule = rules.get(r);
          skipped.add(
              new SkippedCheck(
                  rule.id(),
                  rule.metadata().title(),
                  missing.isEmpty() ? rule.metadata().requires() : missing));
        }
      }
      return skipped;
    }

    /** For each fleet rule, the machines that had everything it needs. */
    private Map<String, Long> eligibleHosts() {
      Map<String, Long> counts = new LinkedHashMap<>();
      List<RuleInfo> rules = ruleBase.rules();
      for (int r = 0; r < rules.size(); r++) {
        counts.put(rules.get(r).id(), eligible[r]);
      }
      return counts;
    }
  }
}

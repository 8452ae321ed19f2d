package org.wuhealth.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Coverage;
import org.wuhealth.rules.api.FactAssembler;
import org.wuhealth.rules.api.Hit;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;
import org.wuhealth.rules.api.ObservedSymptom;
import org.wuhealth.rules.api.PackageCheck;
import org.wuhealth.rules.api.RuleSettings;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.catalog.RuleMetadata;

/**
 * Evaluates snapshots against a rule base: one short-lived session per snapshot, then hits become
 * ranked findings and unmet requirements become skipped checks. Thread-safe; a fleet batch shares
 * one analyzer across threads.
 */
public final class Analyzer {
  /** A guard against rules that re-trigger each other forever; real sessions fire far fewer. */
  static final int MAX_FIRINGS = 100_000;

  private final RuleBase ruleBase;
  private final Knowledge knowledge;
  private final FactAssembler assembler;

  /** An analyzer with the bundled knowledge alone. */
  public Analyzer(RuleBase ruleBase) {
    this(ruleBase, Knowledge.get());
  }

  /**
   * An analyzer with {@code knowledge} (the bundled one, or it with a {@code kb update} overlay).
   */
  public Analyzer(RuleBase ruleBase, Knowledge knowledge) {
    this.ruleBase = ruleBase;
    this.knowledge = knowledge;
    this.assembler = new FactAssembler(knowledge);
  }

  /**
   * Options for one analysis.
   *
   * @param now evaluation time; null means the snapshot's collection time
   * @param packageChecks packages to evaluate as if their install had been attempted
   * @param declaredSymptoms symptoms the user reports ({@link ObservedSymptom#KNOWN})
   * @param settings limits the rules compare against
   */
  public record Options(
      Instant now,
      List<PackageCheck> packageChecks,
      List<String> declaredSymptoms,
      RuleSettings settings) {
    public static final Options DEFAULT = new Options(null, List.of(), List.of());

    public Options {
      packageChecks = List.copyOf(packageChecks);
      declaredSymptoms = List.copyOf(declaredSymptoms);
    }

    public Options(Instant now, List<PackageCheck> packageChecks, List<String> declaredSymptoms) {
      this(now, packageChecks, declaredSymptoms, RuleSettings.DEFAULT);
    }
  }

  public AnalysisResult analyze(
      String source, Snapshot snapshot, List<String> warnings, Options options) {
    Instant now = options.now() != null ? options.now() : snapshot.collectedAt();
    InstalledInventory inventory = FactAssembler.inventory(snapshot);
    List<ObservedSymptom> symptoms =
        FactAssembler.symptoms(snapshot, options.declaredSymptoms(), inventory);
    List<Object> facts =
        new ArrayList<>(
            assembler.facts(snapshot, now, options.packageChecks(), symptoms, inventory));
    facts.add(options.settings());
    List<Hit> hits = fire(facts);
    KnowledgeState state = knowledgeState(facts, inventory, now);
    return new AnalysisResult(
        source,
        snapshot,
        now,
        findings(hits, symptoms, new SourceEvidence(snapshot), state),
        skipped(Coverage.of(snapshot)),
        warnings,
        state);
  }

  private KnowledgeState knowledgeState(
      List<Object> facts, InstalledInventory inventory, Instant now) {
    HostOs host =
        facts.stream()
            .filter(HostOs.class::isInstance)
            .map(HostOs.class::cast)
            .findFirst()
            .orElse(null);
    List<String> newer =
        host == null
            ? List.of()
            : knowledge.newerOnHost(
                host.release(), host.build(), host.ubr(), inventory.kbsIncludingPending());
    return new KnowledgeState(knowledge.edition(), knowledge.edition().ageDays(now), newer);
  }

  private List<Hit> fire(List<Object> facts) {
    KieSession session = ruleBase.newSession(knowledge);
    try {
      facts.forEach(session::insert);
      int fired = session.fireAllRules(MAX_FIRINGS);
      if (fired >= MAX_FIRINGS) {
        throw new IllegalStateException(
            "rules fired " + fired + " times without settling; a rule re-triggers itself");
      }
      List<Hit> hits = new ArrayList<>();
      for (Object o : session.getObjects(o -> o instanceof Hit)) {
        hits.add((Hit) o);
      }
      return hits;
    } finally {
      session.dispose();
    }
  }

  private List<Finding> findings(
      List<Hit> hits,
      List<ObservedSymptom> symptoms,
      SourceEvidence sources,
      KnowledgeState knowledgeState) {
    // Two activations with the same evidence are one finding.
    Map<List<Object>, Finding> unique = new LinkedHashMap<>();
    for (Hit hit : hits) {
      RuleInfo rule = ruleBase.rule(hit.ruleId());
      if (rule == null) {
        throw new IllegalStateException(
            "a hit names rule " + hit.ruleId() + ", which has no metadata");
      }
      RuleMetadata m = rule.metadata();
      Severity severity = hit.severity() != null ? hit.severity() : rule.severity();
      Confidence confidence = hit.confidence() != null ? hit.confidence() : rule.confidence();
      ObservedSymptom explained =
          symptoms.stream().filter(o -> o.symptom().equals(m.symptom())).findFirst().orElse(null);
      if (explained != null && !m.isTriggeredBySymptom()) {
        severity = SymptomBoost.severity(severity);
        confidence = SymptomBoost.confidence(confidence);
      }
      List<String> evidence = new ArrayList<>(hit.evidence());
      sources.describe(hit.matched()).ifPresent(evidence::add);
      if (knowledgeState.hostIsNewer() && !m.knowledge().isEmpty()) {
        evidence.add(KnowledgeCaveat.evidence(knowledgeState, m.knowledge()));
        confidence = KnowledgeCaveat.lowered(confidence);
      }
      Finding f =
          new Finding(
              m.id(),
              m.title(),
              m.symptom(),
              m.guide(),
              severity,
              confidence,
              evidence,
              m.remediation(),
              m.references(),
              explained == null ? null : explained.describe(),
              rule.order(),
              hit.matched());
      unique.putIfAbsent(List.of(f.ruleId(), f.evidence()), f);
    }
    List<Finding> ranked = new ArrayList<>(unique.values());
    ranked.sort(FindingOrder.RANK);
    return ranked;
  }

  private List<SkippedCheck> skipped(Coverage coverage) {
    List<SkippedCheck> skipped = new ArrayList<>();
    for (RuleInfo rule : ruleBase.rules()) {
      List<String> missing = new ArrayList<>();
      for (String requirement : rule.metadata().requires()) {
        boolean met = false;
        for (String path : requirement.split("\\|")) {
          met |= coverage.has(path.trim());
        }
        if (!met) {
          missing.add(requirement);
        }
      }
      if (!missing.isEmpty()) {
        skipped.add(new SkippedCheck(rule.id(), rule.metadata().title(), missing));
      }
    }
    return skipped;
  }
}

package org.wuhealth.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Coverage;
import org.wuhealth.rules.api.ExplainedCode;
import org.wuhealth.rules.api.FactAssembler;
import org.wuhealth.rules.api.Hit;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;
import org.wuhealth.rules.api.NotChecked;
import org.wuhealth.rules.api.ObservedSymptom;
import org.wuhealth.rules.api.PackageCheck;
import org.wuhealth.rules.api.RuleParameters;
import org.wuhealth.rules.api.RuleSettings;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.catalog.Requirement;
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
  private final List<RuleParameters> parameters;

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
    this.parameters = parameters(ruleBase);
  }

  /** Each rule's rule.yml parameters, as the facts its DRL reads them from. */
  private static List<RuleParameters> parameters(RuleBase ruleBase) {
    List<RuleParameters> all = new ArrayList<>();
    for (RuleInfo rule : ruleBase.rules()) {
      if (!rule.metadata().parameters().isEmpty()) {
        Map<String, Number> values = new LinkedHashMap<>();
        rule.metadata().parameters().forEach((name, p) -> values.put(name, p.value()));
        all.add(new RuleParameters(rule.id(), values));
      }
    }
    return List.copyOf(all);
  }

  /**
   * Options for one analysis. {@link #DEFAULT} and the {@code with...} methods build them, so that
   * a caller that sets one option cannot silently drop another (the rule settings, say).
   *
   * @param now evaluation time; null means the snapshot's collection time
   * @param packageChecks packages to evaluate as if their install had been attempted
   * @param declaredSymptoms symptoms the user reports ({@link Symptom#declarable})
   * @param settings limits the rules compare against
   * @param today the time of the run (the wall clock), to warn when a snapshot judged as of its own
   *     time is older than the scan-age window; null: no such warning
   */
  public record Options(
      Instant now,
      List<PackageCheck> packageChecks,
      List<String> declaredSymptoms,
      RuleSettings settings,
      Instant today) {
    public static final Options DEFAULT =
        new Options(null, List.of(), List.of(), RuleSettings.DEFAULT, null);

    public Options {
      packageChecks = List.copyOf(packageChecks);
      declaredSymptoms = List.copyOf(declaredSymptoms);
      Objects.requireNonNull(settings, "settings");
    }

    /** The same options, evaluated as of {@code value} (null: each snapshot's own time). */
    public Options asOf(Instant value) {
      return new Options(value, packageChecks, declaredSymptoms, settings, today);
    }

    public Options withPackageChecks(List<PackageCheck> value) {
      return new Options(now, value, declaredSymptoms, settings, today);
    }

    public Options withSymptoms(List<String> value) {
      return new Options(now, packageChecks, value, settings, today);
    }

    public Options withSettings(RuleSettings value) {
      return new Options(now, packageChecks, declaredSymptoms, value, today);
    }

    /** The same options, with the run's wall-clock time for the snapshot-age warning. */
    public Options today(Instant value) {
      return new Options(now, packageChecks, declaredSymptoms, settings, value);
    }
  }

  /**
   * Evaluates one snapshot as of {@code options.now()} (default: the snapshot's collection time).
   * The rules see the knowledge base as it stood on that day, so that nothing released later is
   * cited.
   */
  public AnalysisResult analyze(
      String source, Snapshot snapshot, List<String> warnings, Options options) {
    Instant now = options.now() != null ? options.now() : snapshot.collectedAt();
    Knowledge asOf = knowledge.asOf(LocalDate.ofInstant(now, ZoneOffset.UTC));
    InstalledInventory inventory = FactAssembler.inventory(snapshot);
    List<ObservedSymptom> symptoms =
        FactAssembler.symptoms(snapshot, options.declaredSymptoms(), inventory);
    List<Object> facts =
        new ArrayList<>(
            assembler.facts(snapshot, now, options.packageChecks(), symptoms, inventory));
    facts.add(options.settings());
    facts.addAll(parameters);
    Fired fired = fire(facts, asOf);
    List<String> allWarnings = new ArrayList<>(warnings);
    allWarnings.addAll(EvaluationWarnings.of(snapshot, now, options, assembler.hostOs(snapshot)));
    fired.notChecked().stream()
        .filter(n -> n.reason() != null)
        .forEach(n -> allWarnings.add(n.ruleId() + " not checked: " + n.reason()));
    KnowledgeState state = knowledgeState(facts, inventory, now);
    return new AnalysisResult(
        source,
        snapshot,
        now,
        findings(fired.hits(), symptoms, new SourceEvidence(snapshot), state),
        skipped(Coverage.of(snapshot), fired),
        allWarnings,
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
                host.release(), host.build(), host.ubr(), inventory.kbNumbersIncludingPending());
    return new KnowledgeState(knowledge.edition(), knowledge.edition().ageDays(now), newer);
  }

  /** What the rules inserted: findings, and the checks they could not make on this host. */
  private record Fired(List<Hit> hits, List<NotChecked> notChecked) {}

  /**
   * Runs the rules on the facts. A rule that throws (or overflows the stack, or exhausts memory)
   * fails this host with a {@link RuleFailure} naming it; under a {@link HostBudget} the session is
   * watched and the rule that runs is recorded, so that a host over its budget names it. A session
   * that failed is destroyed instead of going back to the pool.
   */
  private Fired fire(List<Object> facts, Knowledge knowledge) {
    HostBudget.Run run = HostBudget.current();
    if (run != null) {
      run.phase("rules");
    }
    KieSession session = ruleBase.newSession(knowledge);
    FiringRule firing = run == null ? null : new FiringRule(run);
    ExplainedCodes explained = new ExplainedCodes();
    boolean broken = true;
    try {
      session.addEventListener(explained);
      if (firing != null) {
        run.session(session);
        session.addEventListener(firing);
      }
      facts.forEach(session::insert);
      int fired = session.fireAllRules(MAX_FIRINGS);
      if (run != null) {
        run.check();
      }
      if (fired >= MAX_FIRINGS) {
        throw new RuleFailure(
            null,
            new IllegalStateException(
                "rules fired " + fired + " times without settling; a rule re-triggers itself"));
      }
      List<Hit> hits = new ArrayList<>();
      List<NotChecked> notChecked = new ArrayList<>();
      for (Object o : session.getObjects(o -> o instanceof Hit || o instanceof NotChecked)) {
        if (o instanceof Hit hit) {
          hits.add(hit);
        } else {
          notChecked.add((NotChecked) o);
        }
      }
      notChecked.sort(Comparator.comparing(NotChecked::ruleId));
      broken = false;
      return new Fired(hits, notChecked);
    } catch (ConsequenceException e) {
      throw new RuleFailure(
          e.getMatch().getRule().getName(), e.getCause() == null ? e : e.getCause());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (e instanceof RuleFailure || e instanceof HostBudget.Exceeded) {
        throw e;
      }
      if (run != null && run.expired()) {
        throw new HostBudget.Exceeded(run.message());
      }
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String rule = run != null && run.firing() != null ? run.firing() : null;
      throw new RuleFailure(
          rule != null ? rule : RuleFrames.ruleOf(root.getStackTrace()).orElse(null), root);
    } finally {
      session.removeEventListener(explained);
      if (firing != null) {
        session.removeEventListener(firing);
        run.session(null);
        run.firing(null);
      }
      if (broken) {
        session.destroy();
      } else {
        session.dispose();
      }
    }
  }

  /**
   * Inserts an {@link ExplainedCode} for each distinct code the inserted hits explain, as they are
   * inserted, so that rules join codes to explanations by an indexed equality.
   */
  private static final class ExplainedCodes extends DefaultRuleRuntimeEventListener {
    private final Set<String> codes = new HashSet<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      if (event.getObject() instanceof Hit hit) {
        for (String code : hit.codes()) {
          if (codes.add(code)) {
            event.getKieRuntime().insert(new ExplainedCode(code));
          }
        }
      }
    }
  }

  /** Tells the host's budget which rule's action runs. */
  private static final class FiringRule extends DefaultAgendaEventListener {
    private final HostBudget.Run run;

    FiringRule(HostBudget.Run run) {
      this.run = run;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      run.firing(event.getMatch().getRule().getName());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      run.firing(null);
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
          symptoms.stream()
              .filter(o -> o.symptom().equals(m.symptom().label()))
              .findFirst()
              .orElse(null);
      if (explained != null && !m.isTriggeredBySymptom()) {
        severity = SymptomBoost.severity(severity);
        // A hit that sets its own confidence has weighed its evidence, the symptom's among it
        // (often the very error code that shows the symptom): raising it would count that twice
        // and undo a confidence lowered for missing facts.
        if (hit.confidence() == null) {
          confidence = SymptomBoost.confidence(confidence);
        }
      }
      List<String> evidence = new ArrayList<>(hit.evidence());
      sources.describe(hit.matched()).ifPresent(evidence::add);
      if (knowledgeState.hostIsNewer() && !m.knowledge().isEmpty()) {
        evidence.add(KnowledgeCaveat.evidence(knowledgeState, m.knowledge()));
        confidence = KnowledgeCaveat.lowered(confidence);
      }
      Finding f =
          Finding.of(
              rule,
              hit,
              evidence,
              severity,
              confidence,
              explained == null ? null : explained.describe());
      unique.putIfAbsent(List.of(f.ruleId(), f.evidence()), f);
    }
    List<Finding> ranked = new ArrayList<>(unique.values());
    ranked.sort(FindingOrder.RANK);
    return ranked;
  }

  /**
   * Checks that could not run, in catalogue order: for want of a section the rule requires, or,
   * when those were collected, of the facts the rule itself found unknown on this host or (when it
   * stayed quiet) of the facts it needs to rule its cause out.
   */
  private List<SkippedCheck> skipped(Coverage coverage, Fired fired) {
    Set<String> firing = new HashSet<>();
    fired.hits().forEach(h -> firing.add(h.ruleId()));
    // most hosts have no check a rule could not make: then no rule looks through them
    Map<String, List<NotChecked>> notChecked = new HashMap<>();
    fired
        .notChecked()
        .forEach(n -> notChecked.computeIfAbsent(n.ruleId(), id -> new ArrayList<>()).add(n));
    List<SkippedCheck> skipped = new ArrayList<>();
    for (RuleInfo rule : ruleBase.rules()) {
      List<Requirement> missing = new ArrayList<>();
      for (Requirement requirement : rule.metadata().requires()) {
        if (!requirement.metBy(coverage)) {
          missing.add(requirement);
        }
      }
      List<NotChecked> unmade = notChecked.getOrDefault(rule.id(), List.of());
      if (missing.isEmpty()) {
        if (!firing.contains(rule.id())) {
          for (String path : rule.metadata().toRuleOut()) {
            if (!coverage.has(path)) {
              missing.add(Requirement.parse(path));
            }
          }
        }
        if (!unmade.isEmpty()) {
          unmade.stream()
              .map(NotChecked::missing)
              .filter(Objects::nonNull)
              .sorted()
              .distinct()
              .map(Requirement::parse)
              .forEach(missing::add);
        }
      }
      // most rules report no check they could not make: no stream for them (35 rules per host)
      List<String> reasons =
          unmade.isEmpty()
              ? List.of()
              : unmade.stream()
                  .map(NotChecked::reason)
                  .filter(Objects::nonNull)
                  .distinct()
                  .toList();
      if (!missing.isEmpty() || !reasons.isEmpty()) {
        String reason = reasons.isEmpty() ? null : String.join("; ", reasons);
        skipped.add(new SkippedCheck(rule.id(), rule.metadata().title(), missing, reason));
      }
    }
    return skipped;
  }
}

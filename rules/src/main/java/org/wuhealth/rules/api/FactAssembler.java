package org.wuhealth.rules.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.Wsus;
import org.wuhealth.knowledge.Knowledge;

/**
 * Turns a snapshot into the facts a rule session works on: the snapshot's own records (sections and
 * list items, except the installed-update lists) plus facts derived with the knowledge base ({@link
 * HostOs}, {@link InstalledInventory}, {@link PackageCheck}) and the {@link EvaluationTime}.
 * Missing sections insert nothing, so a rule that needs one cannot fire without it.
 */
public final class FactAssembler {
  private final Knowledge knowledge;

  public FactAssembler(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * @param now the evaluation time; the caller passes the snapshot's collection time unless told
   *     otherwise
   * @param extraChecks packages a user asked about, evaluated as if an install was attempted
   * @param symptoms the symptoms present: observed ones ({@link #symptoms}) and declared ones
   * @param inventory the snapshot's {@link #inventory}, computed once by the caller
   */
  public List<Object> facts(
      Snapshot s,
      Instant now,
      List<PackageCheck> extraChecks,
      List<ObservedSymptom> symptoms,
      InstalledInventory inventory) {
    List<Object> facts = new ArrayList<>();
    facts.add(new EvaluationTime(now));
    facts.add(s.os());
    facts.add(hostOs(s));
    facts.add(inventory);
    facts.addAll(symptoms);
    addIfPresent(facts, s.host(), s.collector(), s.servicingStack(), s.componentStore(), s.disk());
    addAll(facts, s.services());
    if (s.pendingReboot() != null) {
      facts.add(s.pendingReboot());
      facts.addAll(s.pendingReboot().signals());
    }
    windowsUpdate(facts, s.windowsUpdate());
    wsus(facts, s.wsus());
    addAll(facts, s.installAttempts());
    addAll(facts, s.events());
    facts.addAll(ObservedCode.of(s, knowledge.errorCodes()));
    addAll(facts, s.collectionIssues());
    if (s.installAttempts() != null) {
      facts.addAll(PackageCheck.fromAttempts(s.installAttempts()));
    }
    facts.addAll(extraChecks);
    return facts;
  }

  /** Symptoms observed in the snapshot plus those the user declared (declared ones win). */
  public static List<ObservedSymptom> symptoms(
      Snapshot s, List<String> declared, InstalledInventory inventory) {
    List<ObservedSymptom> all = new ArrayList<>();
    declared.stream().distinct().map(ObservedSymptom::declared).forEach(all::add);
    for (ObservedSymptom o : SymptomDetector.observe(s, inventory)) {
      if (all.stream().noneMatch(d -> d.symptom().equals(o.symptom()))) {
        all.add(o);
      }
    }
    return all;
  }

  public HostOs hostOs(Snapshot s) {
    String nt =
        s.os().version() != null
            ? s.os().version()
            : knowledge.os().ntVersionOf(s.os().build()).orElse(null);
    return new HostOs(s.os(), knowledge.os().identify(s.os()).orElse(null), nt);
  }

  public static InstalledInventory inventory(Snapshot s) {
    boolean known = s.updates() != null || s.packages() != null;
    boolean complete =
        s.collectionIssues() == null
            || s.collectionIssues().stream()
                .map(CollectionIssue::section)
                .noneMatch(sec -> "updates".equals(sec) || "packages".equals(sec));
    return new InstalledInventory(
        known,
        complete,
        s.updates() == null ? List.of() : s.updates(),
        s.packages() == null ? List.of() : s.packages(),
        s.packages() != null);
  }

  private static void windowsUpdate(List<Object> facts, WindowsUpdate wu) {
    if (wu == null) {
      return;
    }
    facts.add(wu);
    addIfPresent(
        facts, wu.policy(), wu.pause(), wu.lastScan(), wu.updateHealthTools(), wu.enrollment());
    addAll(facts, wu.deployments());
  }

  private static void wsus(List<Object> facts, Wsus wsus) {
    if (wsus == null) {
      return;
    }
    facts.add(wsus);
    addIfPresent(facts, wsus.clientWebService(), wsus.iisLog(), wsus.configMgr());
    addAll(facts, wsus.sites());
  }

  private static void addIfPresent(List<Object> facts, Object... values) {
    for (Object v : values) {
      if (v != null) {
        facts.add(v);
      }
    }
  }

  private static void addAll(List<Object> facts, List<?> values) {
    if (values != null) {
      values.stream().filter(Objects::nonNull).forEach(facts::add);
    }
  }
}

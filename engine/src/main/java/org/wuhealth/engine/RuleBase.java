package org.wuhealth.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.rules.catalog.RuleDefinition;

/**
 * A compiled rule base: one Drools KieBase for all rules plus their metadata. Built once per
 * process and shared by every analysis (KieBase is thread-safe; sessions are not, so each analysis
 * opens its own).
 */
public final class RuleBase {
  private final KieBase kieBase;
  private final Map<String, RuleDefinition> rules = new LinkedHashMap<>();
  private final boolean usesKnowledge;

  RuleBase(KieBase kieBase, List<RuleDefinition> rules, Set<String> globals) {
    this.kieBase = kieBase;
    rules.forEach(r -> this.rules.put(r.id(), r));
    this.usesKnowledge = globals.contains("knowledge");
  }

  /** Rules in catalogue order. */
  public List<RuleDefinition> rules() {
    return List.copyOf(rules.values());
  }

  public RuleDefinition rule(String id) {
    return rules.get(id);
  }

  KieSession newSession() {
    KieSession session = kieBase.newKieSession();
    if (usesKnowledge) {
      session.setGlobal("knowledge", Knowledge.get());
    }
    return session;
  }
}

package org.wuhealth.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.wuhealth.knowledge.Knowledge;

/**
 * A compiled rule base: one Drools KieBase for all rules plus what is known about each rule. Built
 * once per process (compiled, or read back precompiled) and shared by every analysis (KieBase is
 * thread-safe; sessions are not, so each analysis opens its own).
 */
public final class RuleBase {
  private final KieBase kieBase;
  private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
  private final Set<String> globals;
  private final boolean precompiled;
  private volatile KieSessionsPool sessions;

  RuleBase(KieBase kieBase, List<RuleInfo> rules, Set<String> globals, boolean precompiled) {
    this.kieBase = kieBase;
    rules.forEach(r -> this.rules.put(r.id(), r));
    RuleFrames.know(this.rules.keySet());
    this.globals = Set.copyOf(globals);
    this.precompiled = precompiled;
  }

  /** Rules in catalogue order. */
  public List<RuleInfo> rules() {
    return List.copyOf(rules.values());
  }

  public RuleInfo rule(String id) {
    return rules.get(id);
  }

  /** True when this rule base was read back from the build-time store instead of compiled. */
  public boolean precompiled() {
    return precompiled;
  }

  private KieSessionsPool sessions() {
    KieSessionsPool pool = sessions;
    if (pool == null) {
      synchronized (this) {
        pool = sessions;
        if (pool == null) {
          pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
          sessions = pool;
        }
      }
    }
    return pool;
  }

  KieBase kieBase() {
    return kieBase;
  }

  Set<String> globals() {
    return globals;
  }

  /**
   * A session for one analysis; dispose it when done. Sessions come from a pool: disposing resets
   * one and hands it back, which spares a batch the cost of building a session's node memories for
   * every host.
   */
  KieSession newSession() {
    return newSession(Knowledge.get());
  }

  /** A session whose rules consult {@code knowledge} (a view as of the evaluation day). */
  KieSession newSession(Knowledge knowledge) {
    KieSession session = sessions().newKieSession();
    if (globals.contains("knowledge")) {
      session.setGlobal("knowledge", knowledge);
    }
    return session;
  }
}

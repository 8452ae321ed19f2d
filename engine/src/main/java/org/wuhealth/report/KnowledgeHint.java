package org.wuhealth.report;

import org.wuhealth.engine.KnowledgeState;

/** How reports word the state of the update knowledge. */
public final class KnowledgeHint {
  private KnowledgeHint() {}

  /** "update knowledge to 2026-08 (bundled), 104 days old[; this host is newer: ...]". */
  public static String state(KnowledgeState k) {
    String age =
        k.ageDays() == 0
            ? "not older than the evaluation time"
            : k.ageDays() + (k.ageDays() == 1 ? " day old" : " days old");
    return k.edition().describe()
        + ", "
        + age
        + (k.hostIsNewer() ? "; this host is newer: " + String.join("; ", k.newerOnHost()) : "");
  }

  /** The suggestion a report makes once when some host is newer than the knowledge. */
  public static String text(long newerHosts, long hosts) {
    return "hint: the update knowledge is older than "
        + (hosts == 1 ? "this host" : newerHosts + " of " + hosts + " hosts")
        + "; findings that rely on the latest update or on supersedence were lowered to possible."
        + " Refresh it with: wuhealth kb update (or, without Internet access, wuhealth kb update"
        + " --from DIR with the CVRF documents copied in)";
  }
}

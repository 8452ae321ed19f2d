package org.wuhealth.engine;

import java.util.List;
import org.wuhealth.rules.api.Confidence;

/**
 * What a finding that relies on the update knowledge says when the host is newer than that
 * knowledge: one evidence line naming why, and a confidence no higher than "possible". Rules ask
 * for it in their rule.yml ({@code knowledge: [latest]} or {@code [supersedence]}); the engine
 * applies it, so no rule has to know how current the tables are.
 */
final class KnowledgeCaveat {
  private KnowledgeCaveat() {}

  static String evidence(KnowledgeState state, List<String> reliesOn) {
    String what =
        reliesOn.contains("latest") && reliesOn.contains("supersedence")
            ? "the latest update and which update replaces which"
            : reliesOn.contains("latest") ? "the latest update" : "which update replaces which";
    return "the "
        + state.edition().describe()
        + " is older than this host ("
        + String.join("; ", state.newerOnHost())
        + "): "
        + what
        + " may have changed since, so this finding is only possible";
  }

  static Confidence lowered(Confidence confidence) {
    return confidence.compareTo(Confidence.POSSIBLE) < 0 ? Confidence.POSSIBLE : confidence;
  }
}

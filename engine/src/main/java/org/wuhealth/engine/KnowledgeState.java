package org.wuhealth.engine;

import java.util.List;
import org.wuhealth.knowledge.KnowledgeEdition;

/**
 * How current the update knowledge was for one analysis.
 *
 * @param ageDays days from the newest update the knowledge lists to the evaluation time
 * @param newerOnHost why the host is newer than the knowledge (empty when it is not): findings that
 *     rely on the latest update or on supersedence were lowered to "possible"
 */
public record KnowledgeState(KnowledgeEdition edition, long ageDays, List<String> newerOnHost) {
  public KnowledgeState {
    newerOnHost = List.copyOf(newerOnHost);
  }

  public boolean hostIsNewer() {
    return !newerOnHost.isEmpty();
  }
}

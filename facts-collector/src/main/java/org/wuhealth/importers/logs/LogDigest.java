package org.wuhealth.importers.logs;

import java.util.List;
import java.util.Map;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.LogEvent;

/**
 * What a log says: its error events condensed by {@link EventDigest}, how many lines were log
 * lines, how many error lines were dropped to bound memory, the routine lines that were not taken
 * as errors (counted by kind, so that evidence can still say how many there were), and for CBS.log
 * the newest component store check it records, or null.
 */
public record LogDigest(
    List<Lined<LogEvent>> events,
    long logLines,
    long dropped,
    Map<String, Long> routine,
    Lined<ComponentStore> storeCheck) {
  public LogDigest {
    events = List.copyOf(events);
    routine = Map.copyOf(routine);
  }

  /** The routine lines in all. */
  public long routineLines() {
    return routine.values().stream().mapToLong(Long::longValue).sum();
  }
}

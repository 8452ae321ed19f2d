package org.wuhealth.importers.logs;

import java.util.List;
import org.wuhealth.facts.LogEvent;

/**
 * The error events of a log condensed by {@link EventDigest}, how many lines were log lines, and
 * how many error lines were dropped to bound memory.
 */
public record LogDigest(List<Lined<LogEvent>> events, long logLines, long dropped) {
  public LogDigest {
    events = List.copyOf(events);
  }
}

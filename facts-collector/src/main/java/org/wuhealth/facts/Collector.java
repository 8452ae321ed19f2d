package org.wuhealth.facts;

import java.util.List;

/**
 * What produced the snapshot: tool name, its version and how it gathered the facts. {@code sources}
 * (live collection only, else null) lists each source the collector read, with its duration and
 * outcome.
 */
public record Collector(String name, String version, CollectorMode mode, List<SourceRun> sources) {

  public Collector {
    sources = Lists.copyOrNull(sources);
  }
}

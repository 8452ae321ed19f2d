package org.wuhealth.facts;

import java.util.List;

/**
 * What produced the snapshot: tool name, its version and how it gathered the facts. {@code sources}
 * (live collection only, else null) lists each source the collector read, with its duration and
 * outcome.
 */
public record Collector(
    String name,
    String version,
    CollectorMode mode,
    @Description(
            "A wuhealth addition for live collection: each source the collector read (registry,"
                + " services, WMI, logs, ...), how long it took and how it ended; what went wrong is"
                + " in collectionIssues.")
        List<SourceRun> sources) {

  public Collector {
    sources = Lists.copyOrNull(sources);
  }
}

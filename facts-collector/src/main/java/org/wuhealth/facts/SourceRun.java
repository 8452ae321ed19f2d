package org.wuhealth.facts;

/**
 * One source of a live collection (the registry, the service manager, a WMI class, a log): how long
 * reading it took and how it ended. What went wrong is in the snapshot's collection issues.
 */
public record SourceRun(
    @Required String name, @Range(min = 0) Long durationMs, SourceOutcome outcome) {}

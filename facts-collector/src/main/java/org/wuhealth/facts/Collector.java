package org.wuhealth.facts;

/** What produced the snapshot: tool name, its version and how it gathered the facts. */
public record Collector(String name, String version, CollectorMode mode) {}

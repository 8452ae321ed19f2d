package org.wuhealth.importers.logs;

/** A fact read from one line of a log, with that line's number (for provenance). */
public record Lined<T>(T fact, int line) {}

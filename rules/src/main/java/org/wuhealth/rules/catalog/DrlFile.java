package org.wuhealth.rules.catalog;

/**
 * A DRL source: a rule's own file, or a shared helper (functions, queries, declared types) from a
 * {@code _shared} folder that every rule set is compiled with.
 *
 * @param sourceName the path shown in compile errors
 */
public record DrlFile(String sourceName, String text) {}

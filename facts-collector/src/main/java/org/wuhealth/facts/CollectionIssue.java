package org.wuhealth.facts;

/**
 * Something the collector or importer could not read. {@code section} optionally names the snapshot
 * section it affects ("updates", "services", ...): that section is then incomplete.
 */
public record CollectionIssue(String source, String message, String code, String section) {}

package org.wuhealth.knowledge;

/**
 * A prerequisite that a package needs and the host lacks.
 *
 * @param dated true when the package's release date (or identity) is known from the catalogue;
 *     false when its date was only presumed from its KB number
 * @param reason one sentence for the evidence
 */
public record MissingPrerequisite(
    String forKb,
    String prerequisiteKb,
    String ruleId,
    boolean dated,
    String reason,
    String source) {}

package org.wuhealth.knowledge;

/**
 * A prerequisite that a package needs and the host lacks.
 *
 * @param dated true when the package's release date (or identity) is known from the catalogue;
 *     false when its date was only presumed from its KB number
 * @param required false when the source only says the host "might" need it
 * @param reason one sentence for the evidence
 */
public record MissingPrerequisite(
    String forKb,
    String prerequisiteKb,
    String ruleId,
    boolean dated,
    boolean required,
    String reason,
    String source) {

  /** Certain only when the source requires it and the package's date is known. */
  public boolean certain() {
    return dated && required;
  }
}

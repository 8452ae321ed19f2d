package org.wuhealth.rules.api;

import java.util.List;

/**
 * What WSUS-MAX-PREREQS reports (see {@link MaxPrerequisites}): a finding, or the fact whose
 * absence kept the check from running.
 *
 * @param codeSeen true when 0x80244007 or "SyncUpdates_WithRecovery failed" was logged
 * @param missing the unknown fact when the check could not be made (then nothing else is set)
 */
public record MaxPrerequisitesAssessment(
    List<String> evidence,
    Confidence confidence,
    Severity severity,
    boolean codeSeen,
    String missing) {

  public MaxPrerequisitesAssessment {
    evidence = List.copyOf(evidence);
  }

  public MaxPrerequisitesAssessment(
      List<String> evidence, Confidence confidence, Severity severity, boolean codeSeen) {
    this(evidence, confidence, severity, codeSeen, null);
  }

  static MaxPrerequisitesAssessment notChecked(String missing) {
    return new MaxPrerequisitesAssessment(List.of(), null, null, false, missing);
  }

  public boolean checked() {
    return missing == null;
  }
}

package org.wuhealth.rules.api;

import java.util.List;

/**
 * What WSUS-MAX-PREREQS reports (see {@link MaxPrerequisites}).
 *
 * @param codeSeen true when 0x80244007 or "SyncUpdates_WithRecovery failed" was logged
 */
public record MaxPrerequisitesAssessment(
    List<String> evidence, Confidence confidence, Severity severity, boolean codeSeen) {

  public MaxPrerequisitesAssessment {
    evidence = List.copyOf(evidence);
  }
}

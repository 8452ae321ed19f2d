package org.wuhealth.rules.api;

import java.util.List;

/**
 * What WSUS-RESTART-PENDING reports (see {@link WsusRestart}): a finding, or the fact whose absence
 * kept the check from running.
 *
 * @param confidence null to keep the rule's own, or a lower one when the evidence is partial
 * @param missing the unknown fact when the check could not be made (then nothing else is set)
 */
public record WsusRestartAssessment(List<String> evidence, Confidence confidence, String missing) {
  public WsusRestartAssessment {
    evidence = List.copyOf(evidence);
  }

  WsusRestartAssessment(List<String> evidence, Confidence confidence) {
    this(evidence, confidence, null);
  }

  static WsusRestartAssessment notChecked(String missing) {
    return new WsusRestartAssessment(List.of(), null, missing);
  }

  public boolean checked() {
    return missing == null;
  }
}

package org.wuhealth.rules.api.wsus;

import java.util.List;

/**
 * What WSUS-RESTART-PENDING reports (see {@link WsusRestart}): a finding, or the fact whose absence
 * kept the check from running.
 *
 * @param restartSinceUnknown true when nothing shows the fix came after the last boot (the boot
 *     time was not collected and the fix is not staged), so the restart may already have happened
 * @param missing the unknown fact when the check could not be made (then nothing else is set)
 */
public record WsusRestartAssessment(
    List<String> evidence, boolean restartSinceUnknown, String missing) {
  public WsusRestartAssessment {
    evidence = List.copyOf(evidence);
  }

  WsusRestartAssessment(List<String> evidence, boolean restartSinceUnknown) {
    this(evidence, restartSinceUnknown, null);
  }

  static WsusRestartAssessment notChecked(String missing) {
    return new WsusRestartAssessment(List.of(), false, missing);
  }

  public boolean checked() {
    return missing == null;
  }
}

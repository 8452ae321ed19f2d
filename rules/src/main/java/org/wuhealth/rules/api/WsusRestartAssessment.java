package org.wuhealth.rules.api;

import java.util.List;

/**
 * What WSUS-RESTART-PENDING reports (see {@link WsusRestart}).
 *
 * @param confidence null to keep the rule's own, or a lower one when the evidence is partial
 */
public record WsusRestartAssessment(List<String> evidence, Confidence confidence) {
  public WsusRestartAssessment {
    evidence = List.copyOf(evidence);
  }
}

package org.wuhealth.rules.api.notreceiving;

import java.time.Instant;
import org.wuhealth.facts.DeploymentCategory;

/**
 * A pause of Windows Update in force (see {@link UpdatePauses}).
 *
 * @param byPolicy true for a Windows Update for Business policy pause, false for one set in
 *     Settings
 * @param basis where it comes from, for the evidence
 */
public record ActivePause(
    DeploymentCategory category, Instant until, boolean byPolicy, String basis) {

  /** "quality updates are paused until 2026-12-15T00:00:00Z (basis)". */
  public String describe() {
    return category.wire() + " updates are paused until " + until + " (" + basis + ")";
  }
}

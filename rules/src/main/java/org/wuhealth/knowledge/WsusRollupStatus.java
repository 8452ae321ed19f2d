package org.wuhealth.knowledge;

import java.util.List;

/**
 * How a WSUS server's OS stands against its {@link WsusRequirement}.
 *
 * @param satisfyingKbs installed (or install-pending) updates that meet the requirement, oldest
 *     first
 * @param satisfiedByBuild true when the running build already carries the fix
 * @param newestRollup the newest installed rollup of the release, or null when none is catalogued
 */
public record WsusRollupStatus(
    WsusRequirement requirement,
    List<String> satisfyingKbs,
    boolean satisfiedByBuild,
    Rollup newestRollup) {

  public WsusRollupStatus {
    satisfyingKbs = List.copyOf(satisfyingKbs);
  }

  public boolean satisfied() {
    return satisfiedByBuild || !satisfyingKbs.isEmpty();
  }
}

package org.wuhealth.knowledge;

import java.util.List;

/**
 * How a WSUS server's OS stands against its {@link WsusRequirement}.
 *
 * @param satisfyingKbs installed (or install-pending) updates that meet the requirement, oldest
 *     first
 * @param possiblySatisfyingKbs installed rollups from the window in which Microsoft's documents
 *     disagree (see {@link WsusRequirement#rollupPossibleFrom()}), oldest first
 * @param satisfiedByBuild true when the running build already carries the fix
 * @param newestRollup the newest installed rollup of the release, or null when none is catalogued
 */
public record WsusRollupStatus(
    WsusRequirement requirement,
    List<String> satisfyingKbs,
    List<String> possiblySatisfyingKbs,
    boolean satisfiedByBuild,
    Rollup newestRollup) {

  public WsusRollupStatus {
    satisfyingKbs = List.copyOf(satisfyingKbs);
    possiblySatisfyingKbs = List.copyOf(possiblySatisfyingKbs);
  }

  public boolean satisfied() {
    return satisfiedByBuild || !satisfyingKbs.isEmpty();
  }
}

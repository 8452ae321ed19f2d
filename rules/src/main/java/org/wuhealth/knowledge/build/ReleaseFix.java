package org.wuhealth.knowledge.build;

import java.util.Set;

/**
 * One vendor fix of a document for one catalogued release (its products merged: 32-bit, x64, Server
 * Core).
 *
 * @param vulnerabilities how many of the document's vulnerabilities list the fix for the release
 *     (the most for any one of its products)
 * @param fixedBuild the fixed build given for the release's own build number, the most often given
 *     one; null when none is
 */
public record ReleaseFix(
    String kb,
    String releaseId,
    String subType,
    int vulnerabilities,
    String fixedBuild,
    Set<String> supersedes) {

  public ReleaseFix {
    supersedes = Set.copyOf(supersedes);
  }
}

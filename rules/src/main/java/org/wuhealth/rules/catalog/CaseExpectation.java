package org.wuhealth.rules.catalog;

import java.util.List;

/**
 * What one fixture must produce, from the rule folder's optional {@code tests.yml}. Without an
 * entry, a {@code fires-*} fixture expects its rule to fire and an {@code ok-*} fixture expects it
 * not to.
 *
 * @param fires rule ids that must fire (null: the folder's rule for fires-*, none for ok-*)
 * @param quiet rule ids that must not fire (null: the folder's rule for ok-*, none for fires-*)
 * @param count how many findings the folder's rule must produce, or null
 * @param evidence substrings that must each appear in an evidence line of the folder's rule
 * @param severity the severity the folder's rule's findings must have, or null
 * @param confidence the confidence they must have, or null
 * @param notChecked rule ids that must be listed as not checked (facts missing, or a rule that
 *     could not judge), or null
 * @param disabled when set, the case is skipped and this reason shown
 * @param focus a debugging aid: run only focused cases (and fail, so it is not committed)
 */
public record CaseExpectation(
    List<String> fires,
    List<String> quiet,
    Integer count,
    List<String> evidence,
    String severity,
    String confidence,
    List<String> notChecked,
    String disabled,
    Boolean focus) {

  public CaseExpectation {
    fires = fires == null ? null : List.copyOf(fires);
    quiet = quiet == null ? null : List.copyOf(quiet);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    notChecked = notChecked == null ? List.of() : List.copyOf(notChecked);
  }

  public static final CaseExpectation DEFAULT =
      new CaseExpectation(null, null, null, null, null, null, null, null, null);

  /**
   * What a {@code fires-} case leaves unstated of severity, confidence and evidence (every firing
   * fixture states all three, so that it proves the finding and not only that the rule fires).
   */
  public List<String> unstatedForAFinding() {
    List<String> missing = new java.util.ArrayList<>();
    if (severity == null) {
      missing.add("severity");
    }
    if (confidence == null) {
      missing.add("confidence");
    }
    if (evidence.isEmpty()) {
      missing.add("evidence");
    }
    return missing;
  }

  public boolean isFocused() {
    return Boolean.TRUE.equals(focus);
  }
}

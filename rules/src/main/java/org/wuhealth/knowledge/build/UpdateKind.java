package org.wuhealth.knowledge.build;

import org.wuhealth.knowledge.OsRelease;

/** The kinds of CVRF fixes the update tables use, from a fix's SubType and its release. */
enum UpdateKind {
  /** A monthly rollup (2008 to 2012 R2): rollups.csv, type monthly-rollup(-esu). */
  MONTHLY_ROLLUP,
  /** A security-only update: paired with the monthly rollup of its month (security_only_kb). */
  SECURITY_ONLY,
  /** The monthly cumulative update of Windows 10 and later ("Security Update"): cumulative. */
  CUMULATIVE,
  /** A preview rollup: preview. */
  PREVIEW,
  /** An alternate cumulative update, released out of band: out-of-band. */
  OUT_OF_BAND,
  /** A servicing stack update (ADV990001): ssu.csv and its supersedence pairs. */
  SERVICING_STACK;

  /** The kind of a fix, or null for the kinds the tables do not list (hotpatches, IE, ...). */
  static UpdateKind of(String subType, OsRelease release) {
    return switch (subType) {
      case "Monthly Rollup" -> MONTHLY_ROLLUP;
      case "Security Only" -> SECURITY_ONLY;
      // Before Windows 10, "Security Update" is one fix among many, not a cumulative update.
      case "Security Update" -> release.ntVersion().startsWith("10.") ? CUMULATIVE : null;
      case "Preview Rollup" -> PREVIEW;
      case "Alternate Cumulative" -> OUT_OF_BAND;
      case "Servicing Stack Update", "ServicingStackUpdate" -> SERVICING_STACK;
      default -> null;
    };
  }

  boolean isRollup() {
    return this != SECURITY_ONLY && this != SERVICING_STACK;
  }
}

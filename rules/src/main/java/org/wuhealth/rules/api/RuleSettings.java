package org.wuhealth.rules.api;

/**
 * Limits that rules compare against, inserted into every session as a fact so that they can be
 * tuned per run ({@code wuhealth analyze --scan-max-age}) and stay visible in tests.
 *
 * @param scanMaxAgeDays a device whose last scan is older than this many days counts as not
 *     scanning (NR-NOT-SCANNING); Windows scans about once a day, so a week means it stopped
 */
public record RuleSettings(int scanMaxAgeDays) {
  public static final RuleSettings DEFAULT = new RuleSettings(7);

  public RuleSettings {
    if (scanMaxAgeDays < 1) {
      throw new IllegalArgumentException(
          "scanMaxAgeDays must be at least 1, got " + scanMaxAgeDays);
    }
  }
}

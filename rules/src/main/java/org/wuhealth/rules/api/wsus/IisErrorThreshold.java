package org.wuhealth.rules.api.wsus;

import java.util.Locale;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.rules.api.RuleParameters;

/**
 * The wording of WSUS-IIS-LOG-ERRORS' thresholds and of an IIS log summary for its evidence. The
 * thresholds are the rule's rule.yml parameters (a heuristic: Microsoft gives no such threshold),
 * compared in its DRL: at least {@code minServerErrors} server errors (HTTP 5xx) on WSUS paths in
 * the window, and - when the request count is known - at least {@code minPercent} % of the
 * requests.
 */
public record IisErrorThreshold(int minServerErrors, double minPercent) {

  /** The thresholds of a rule's parameters {@code minServerErrors} and {@code minPercent}. */
  public static IisErrorThreshold of(RuleParameters parameters) {
    return new IisErrorThreshold(
        parameters.intValue("minServerErrors"), parameters.doubleValue("minPercent"));
  }

  /** "50 errors and 1 % of the requests". */
  public String describe() {
    String percent =
        minPercent == Math.rint(minPercent)
            ? Long.toString((long) minPercent)
            : String.format(Locale.ROOT, "%.2f", minPercent);
    return minServerErrors + " errors and " + percent + " % of the requests";
  }

  /** "230 of 12000 requests (1.9 %)" or "230 (request count not collected)". */
  public static String describe(IisLogSummary log) {
    Long requests = log.requests();
    if (requests == null || requests <= 0) {
      return log.serverErrors() + " (the request count was not collected)";
    }
    return String.format(
        Locale.ROOT,
        "%d of %d requests (%.1f %%)",
        log.serverErrors(),
        requests,
        100.0 * log.serverErrors() / requests);
  }
}

package org.wuhealth.rules.api;

import java.util.Locale;
import org.wuhealth.facts.IisLogSummary;

/**
 * When the IIS log summary of a WSUS server shows a real problem rather than background noise: at
 * least {@code minServerErrors} server errors (HTTP 5xx) on WSUS paths in the window, and - when
 * the request count is known - at least {@code minPercent} % of the requests. The numbers are
 * WSUS-IIS-LOG-ERRORS' rule.yml parameters (a heuristic: Microsoft gives no such threshold).
 */
public record IisErrorThreshold(int minServerErrors, double minPercent) {

  /** The thresholds of a rule's parameters {@code minServerErrors} and {@code minPercent}. */
  public static IisErrorThreshold of(RuleParameters parameters) {
    return new IisErrorThreshold(
        parameters.intValue("minServerErrors"), parameters.doubleValue("minPercent"));
  }

  public boolean exceeded(IisLogSummary log) {
    Long errors = log.serverErrors();
    if (errors == null || errors < minServerErrors) {
      return false;
    }
    Long requests = log.requests();
    return requests == null || requests <= 0 || errors * 100.0 >= requests * minPercent;
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

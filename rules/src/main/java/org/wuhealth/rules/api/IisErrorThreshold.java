package org.wuhealth.rules.api;

import org.wuhealth.facts.IisLogSummary;

/**
 * When the IIS log summary of a WSUS server shows a real problem rather than background noise: at
 * least {@value #MIN_SERVER_ERRORS} server errors (HTTP 5xx) on WSUS paths in the window, and -
 * when the request count is known - at least {@value #MIN_PERCENT} % of the requests. A healthy
 * server logs a handful of 500s a day (clients that drop a connection); hundreds, or one request in
 * a hundred, mean clients are failing.
 */
public final class IisErrorThreshold {
  public static final int MIN_SERVER_ERRORS = 50;
  public static final int MIN_PERCENT = 1;

  private IisErrorThreshold() {}

  public static boolean exceeded(IisLogSummary log) {
    Long errors = log.serverErrors();
    if (errors == null || errors < MIN_SERVER_ERRORS) {
      return false;
    }
    Long requests = log.requests();
    return requests == null || requests <= 0 || errors * 100 >= requests * MIN_PERCENT;
  }

  /** "230 of 12000 requests (1.9 %)" or "230 (request count not collected)". */
  public static String describe(IisLogSummary log) {
    Long requests = log.requests();
    if (requests == null || requests <= 0) {
      return log.serverErrors() + " (the request count was not collected)";
    }
    return String.format(
        java.util.Locale.ROOT,
        "%d of %d requests (%.1f %%)",
        log.serverErrors(),
        requests,
        100.0 * log.serverErrors() / requests);
  }
}

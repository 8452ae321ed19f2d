package org.wuhealth.assembly;

import java.util.List;
import org.wuhealth.importers.logs.EventDigest;
import org.wuhealth.importers.logs.ReportingEventsParser;

/**
 * What a source could read only in part, in the words of a collection issue: written once, so that
 * an import and a live collection of the same host say the same thing.
 */
public final class Gaps {
  private Gaps() {}

  /** Update list rows such as "File 1" that name no update. */
  public static String withoutKb(List<String> ids) {
    return ids.size()
        + " entries without a KB number were left out ("
        + String.join(", ", ids.stream().limit(5).toList())
        + ")";
  }

  /**
   * Lines of ReportingEvents.log that are not records.
   *
   * @param firstLine where the first one is ("12", or "12 of the part read" for a log read from its
   *     tail)
   */
  public static String notReportingRecords(long count, String firstLine) {
    return count + " lines are not ReportingEvents records (first: line " + firstLine + ")";
  }

  /** Install results beyond what ReportingEventsParser keeps. */
  public static String olderAttemptsLeftOut(long dropped) {
    return "only the newest "
        + ReportingEventsParser.MAX_KEPT
        + " install results and failures are kept; "
        + dropped
        + " older ones were left out";
  }

  /** Error lines of a log beyond the kinds its digest keeps. */
  public static String errorKindsLeftOut(long dropped) {
    return dropped
        + " error lines of kinds beyond the first "
        + EventDigest.MAX_KINDS
        + " were left out";
  }
}

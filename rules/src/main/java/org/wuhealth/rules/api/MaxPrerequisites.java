package org.wuhealth.rules.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wuhealth.facts.ClientWebService;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;

/**
 * The guide's error 0x80244007 "SyncUpdates_WithRecovery failed": a client reports more installed
 * prerequisite updates than the WSUS client web service accepts (maxInstalledPrerequisites, 400 by
 * default). Judged from the server's web.config values, against the value the guide sets (800, the
 * rule's {@code fixValue} parameter), and from the error seen in logs.
 */
public final class MaxPrerequisites {
  /** WU_E_PT_SOAPCLIENT_SOAPFAULT, the code the guide names. */
  public static final String CODE = "0x80244007";

  private static final String LIMIT_PATH = "wsus.clientWebService.maxInstalledPrerequisites";

  private MaxPrerequisites() {}

  /**
   * @param fixValue the value the guide sets maxInstalledPrerequisites to; a server below it is
   *     reported, one at or above it has the fix and the error has another cause
   * @param wsus the host's WSUS section, as a 0/1 list
   * @param policies the host's Windows Update policy, as a 0/1 list
   * @param events every event of the snapshot
   * @param attempts every install attempt of the snapshot
   * @return the assessment as a 0/1 list: empty when the cause does not apply or is ruled out
   */
  public static List<MaxPrerequisitesAssessment> assess(
      int fixValue,
      List<Wsus> wsus,
      List<UpdatePolicy> policies,
      List<?> events,
      List<?> attempts) {
    List<Object> eventsAndAttempts = new ArrayList<>(events);
    eventsAndAttempts.addAll(attempts);
    List<String> sightings = sightings(eventsAndAttempts);
    boolean seen = !sightings.isEmpty();
    // The ClientWebService web.config exists only where the WSUS server role is installed.
    Wsus server =
        wsus.stream()
            .filter(
                w ->
                    w.role() == WsusRole.SERVER
                        || (w.role() == null && w.clientWebService() != null))
            .findFirst()
            .orElse(null);
    List<String> evidence = new ArrayList<>(sightings);
    if (server != null) {
      ClientWebService cws = server.clientWebService();
      Integer limit = cws == null ? null : cws.maxInstalledPrerequisites();
      if (limit != null && limit >= fixValue) {
        // The guide's fix is in place; an 0x80244007 here has another cause.
        return List.of();
      }
      if (limit == null && !seen) {
        // Nothing logged, and the server's own value unknown: the preventive check cannot run.
        return List.of(MaxPrerequisitesAssessment.notChecked(LIMIT_PATH));
      }
      if (limit != null) {
        evidence.add(
            "this WSUS server's ClientWebService web.config sets maxInstalledPrerequisites to "
                + limit
                + ", below the "
                + fixValue
                + " the guide sets; clients with more installed prerequisite updates than "
                + limit
                + " fail to scan");
      } else {
        evidence.add(
            "the ClientWebService web.config values were not collected: check"
                + " maxInstalledPrerequisites on this server");
      }
      Confidence confidence =
          limit == null ? Confidence.POSSIBLE : seen ? Confidence.CERTAIN : Confidence.LIKELY;
      return List.of(
          new MaxPrerequisitesAssessment(
              evidence, confidence, seen ? Severity.HIGH : Severity.MEDIUM, seen));
    }
    String wsusServer =
        policies.stream()
            .map(UpdateEndpoint::wsusServer)
            .filter(s -> s != null)
            .findFirst()
            .orElse(null);
    if (seen && policies.isEmpty()) {
      // the error is logged, but whether this host scans a WSUS server is unknown
      return List.of(MaxPrerequisitesAssessment.notChecked("windowsUpdate.policy"));
    }
    if (!seen || wsusServer == null) {
      return List.of();
    }
    evidence.add(
        "the client scans the WSUS server "
            + wsusServer
            + " (policy WUServer); the change belongs in that server's ClientWebService web.config");
    return List.of(
        new MaxPrerequisitesAssessment(evidence, Confidence.LIKELY, Severity.HIGH, true));
  }

  /** One line per kind of sighting: how often, and when last. */
  private static List<String> sightings(List<?> eventsAndAttempts) {
    int count = 0;
    Instant last = null;
    for (Object o : eventsAndAttempts) {
      Instant time = null;
      boolean hit = false;
      if (o instanceof LogEvent e) {
        hit = CODE.equals(e.code()) || mentionsSyncFailure(e.message());
        time = e.time();
      } else if (o instanceof InstallAttempt a) {
        hit = CODE.equals(a.code());
        time = a.time();
      }
      if (hit) {
        count++;
        if (time != null && (last == null || time.isAfter(last))) {
          last = time;
        }
      }
    }
    if (count == 0) {
      return List.of();
    }
    return List.of(
        CODE
            + " / \"SyncUpdates_WithRecovery failed\" was logged "
            + (count == 1 ? "once" : count + " times")
            + (last == null ? "" : ", last at " + last));
  }

  private static boolean mentionsSyncFailure(String message) {
    return message != null
        && message.toLowerCase(Locale.ROOT).contains("syncupdates_withrecovery failed");
  }
}

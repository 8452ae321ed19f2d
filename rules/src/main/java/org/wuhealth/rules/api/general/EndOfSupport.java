package org.wuhealth.rules.api.general;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.Lifecycle;
import org.wuhealth.knowledge.OsRelease;
import org.wuhealth.rules.api.HostOs;

/**
 * Whether the host's release is past its last day of security updates on the evaluation day,
 * counting paid extended security updates (ESU) and the edition where it decides (Home and Pro,
 * Enterprise and Education, LTSC). When the release or the deciding edition is not known, the
 * answer is "not checked" with the reason, never "supported".
 *
 * @param evidence the finding's lines when the release is past its end, else empty
 * @param notChecked why the end of support could not be judged, else null
 */
public record EndOfSupport(List<String> evidence, String notChecked) {

  public EndOfSupport {
    evidence = List.copyOf(evidence);
  }

  public boolean past() {
    return notChecked == null;
  }

  /** A finding, a not-checked verdict, or nothing (the release is supported on that day). */
  public static List<EndOfSupport> assess(Knowledge kb, HostOs host, Instant now) {
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    OsRelease release = host.release();
    if (release == null) {
      return List.of(new EndOfSupport(List.of(), unidentified(kb, host)));
    }
    List<Lifecycle> rows = kb.lifecycles(release, host.edition());
    if (rows.isEmpty()) {
      return List.of(
          new EndOfSupport(
              List.of(),
              "no end of support is known for "
                  + release.name()
                  + " ("
                  + host.edition().label()
                  + ")"));
    }
    List<Lifecycle> past = rows.stream().filter(l -> day.isAfter(l.lastSupportedDay())).toList();
    if (past.isEmpty()) {
      return List.of();
    }
    if (past.size() < rows.size()) {
      return List.of(
          new EndOfSupport(
              List.of(),
              "the end of support of "
                  + release.name()
                  + " depends on its edition ("
                  + editions(rows)
                  + "), which could not be read from the product name or the EditionID"));
    }
    Lifecycle last = past.stream().max(Comparator.comparing(Lifecycle::lastSupportedDay)).get();
    String end;
    if (rows.size() > 1) {
      end =
          "whatever its edition, "
              + release.name()
              + " is past its end of support ("
              + editions(rows)
              + ")";
    } else if (last.esuEnd() == null) {
      end = last.name() + " reached the end of support on " + last.endOfSupport();
    } else {
      end =
          last.name()
              + " left extended support on "
              + last.endOfSupport()
              + " and its extended security updates (ESU) ended on "
              + last.esuEnd();
    }
    return List.of(
        new EndOfSupport(
            List.of(
                end,
                "as of "
                    + day
                    + " Microsoft publishes no security updates for it any more; the"
                    + " host runs "
                    + host.describe()),
            null));
  }

  private static String editions(List<Lifecycle> rows) {
    return String.join(
        "; ", rows.stream().map(l -> l.editionLabel() + ": " + l.lastSupportedDay()).toList());
  }

  private static String unidentified(Knowledge kb, HostOs host) {
    List<String> sameBuild =
        kb.os().all().stream()
            .filter(r -> r.builds().contains(host.build()))
            .map(OsRelease::name)
            .toList();
    String what =
        host.os().productName() != null
            ? host.os().productName() + " (build " + host.build() + ")"
            : "build " + host.build();
    if (sameBuild.isEmpty()) {
      return what + " is not in the release catalogue, so its end of support is not known";
    }
    return what
        + " may be "
        + String.join(" or ", sameBuild)
        + ", and the snapshot does not say which (no product type, installation type or server"
        + " product name)";
  }
}

package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.Disk;
import org.wuhealth.facts.InstallVia;

class DiskHeadroomTest {
  private static final long GIB = 1L << 30;

  private static List<DiskHeadroom> assess(long free) {
    return DiskHeadroom.assess(new Disk(free), List.of());
  }

  @Test
  void severityFollowsHowLowTheSpaceIs() {
    assertEquals(Severity.HIGH, assess(2 * GIB - 1).get(0).severity());
    assertEquals(Severity.MEDIUM, assess(2 * GIB).get(0).severity());
    assertEquals(Severity.MEDIUM, assess(7 * GIB - 1).get(0).severity());
    assertEquals(Severity.LOW, assess(7 * GIB).get(0).severity());
    assertEquals(Severity.LOW, assess(10 * GIB - 1).get(0).severity());
    assertEquals(List.of(), assess(10 * GIB));
    assertEquals(List.of(), DiskHeadroom.assess(new Disk(null), List.of()));
  }

  @Test
  void aDiskFullErrorMakesItCertain() {
    List<ObservedCode> full =
        Facts.observed(
            List.of(Facts.attempt("KB1", AttemptResult.FAILED, "0x80070070", InstallVia.WU, null)),
            List.of());
    DiskHeadroom d = DiskHeadroom.assess(new Disk(3 * GIB), full).get(0);
    assertEquals(Confidence.CERTAIN, d.confidence());
    assertEquals(Confidence.LIKELY, assess(3 * GIB).get(0).confidence());
    assertEquals(
        "the system drive has 3.0 GiB free; installing cumulative updates needs about 7 GiB"
            + " (what Windows reserves for updates on recent releases)",
        d.evidence().get(0));
  }
}

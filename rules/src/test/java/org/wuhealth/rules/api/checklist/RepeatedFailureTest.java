package org.wuhealth.rules.api.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wuhealth.rules.api.Facts.attempt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.rules.api.Facts;

class RepeatedFailureTest {
  private static final InstallAttempt FIRST =
      attempt("KB1", AttemptResult.FAILED, "0x800F0922", InstallVia.WU, "2026-11-01T00:00:00Z");
  private static final InstallAttempt SECOND =
      attempt("KB1", AttemptResult.FAILED, "0x800F0922", InstallVia.WSUS, "2026-11-08T00:00:00Z");

  @Test
  void fewerFailuresThanTheRuleAsksForDoNotQualify() {
    assertEquals(List.of(), RepeatedFailure.find(List.of(FIRST, SECOND), Facts.inventory(), 3));
  }

  @Test
  void twoFailuresThroughTheUpdateClientQualify() {
    List<RepeatedFailure> found =
        RepeatedFailure.find(List.of(SECOND, FIRST), Facts.inventory("KB2"), 2);
    assertEquals(1, found.size());
    assertEquals(List.of(FIRST, SECOND), found.get(0).failures(), "oldest first");
    assertEquals(List.of("0x800F0922"), found.get(0).codes());
    assertTrue(
        found
            .get(0)
            .evidence(Facts.CODES)
            .get(0)
            .startsWith("KB1 failed 2 times through Windows Update and WSUS"));
  }

  @Test
  void oneFailureAManualTryOrALaterInstallDoNot() {
    assertEquals(List.of(), RepeatedFailure.find(List.of(FIRST), Facts.inventory(), 2));
    assertEquals(
        List.of(),
        RepeatedFailure.find(
            List.of(
                FIRST,
                SECOND,
                attempt("KB1", AttemptResult.FAILED, "0x800F0922", InstallVia.WUSA, null)),
            Facts.inventory(),
            2));
    assertEquals(
        List.of(), RepeatedFailure.find(List.of(FIRST, SECOND), Facts.inventory("KB1"), 2));
    assertEquals(
        List.of(),
        RepeatedFailure.find(
            List.of(
                FIRST, SECOND, attempt("KB1", AttemptResult.SUCCEEDED, null, InstallVia.WU, null)),
            Facts.inventory(),
            2));
  }
}

package org.wuhealth.rules.api.checklist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.rules.api.Facts;
import org.wuhealth.rules.api.ObservedCode;

class PendingRestartTest {
  private static PendingReboot markers(RebootSignalKind... kinds) {
    return new PendingReboot(
        java.util.Arrays.stream(kinds).map(k -> new RebootSignal(k, null)).toList());
  }

  private static final List<ObservedCode> NOT_ALLOWED =
      Facts.observed(
          List.of(Facts.attempt("KB1", AttemptResult.FAILED, "0x80240016", InstallVia.WU, null)),
          List.of());

  @Test
  void servicingMarkersAreDecisive() {
    PendingRestart r =
        PendingRestart.of(
            markers(
                RebootSignalKind.PENDING_FILE_RENAME_OPERATIONS,
                RebootSignalKind.CBS_REBOOT_PENDING),
            List.of());
    assertTrue(r.strong());
    assertFalse(r.weakOnly());
  }

  @Test
  void otherRestartReasonsAreNeitherStrongNorWeak() {
    PendingRestart r = PendingRestart.of(markers(RebootSignalKind.PENDING_DOMAIN_JOIN), List.of());
    assertFalse(r.strong());
    assertFalse(r.weakOnly());
  }

  @Test
  void queuedRenamesAloneAreWeakAndSaySo() {
    PendingRestart r =
        PendingRestart.of(markers(RebootSignalKind.PENDING_FILE_RENAME_OPERATIONS), List.of());
    assertFalse(r.strong());
    assertTrue(r.weakOnly());
    assertTrue(r.evidence().get(1).contains("anti-virus"), r.evidence().toString());
  }

  @Test
  void theRestartErrorsAreEvidence() {
    PendingRestart r =
        PendingRestart.of(markers(RebootSignalKind.PENDING_FILE_RENAME_OPERATIONS), NOT_ALLOWED);
    assertTrue(r.evidence().get(2).startsWith("0x80240016"), r.evidence().toString());
  }

  @Test
  void noMarkersNoFinding() {
    assertNull(PendingRestart.of(markers(), NOT_ALLOWED));
  }
}

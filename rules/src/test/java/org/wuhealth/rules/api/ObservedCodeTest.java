package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wuhealth.rules.api.Facts.attempt;
import static org.wuhealth.rules.api.Facts.event;
import static org.wuhealth.rules.api.Facts.observed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallVia;

class ObservedCodeTest {

  @Test
  void oneFactPerCodeWithEveryPlaceItWasSeen() {
    List<ObservedCode> codes =
        observed(
            List.of(
                attempt(
                    "KB1",
                    AttemptResult.FAILED,
                    "0x800F0922",
                    InstallVia.WU,
                    "2026-11-01T00:00:00Z"),
                attempt(
                    "KB1",
                    AttemptResult.FAILED,
                    "0x800F0922",
                    InstallVia.WU,
                    "2026-11-08T00:00:00Z")),
            List.of(event(EventSource.CBS, "0x800F0922", "advanced installer failed", null)));
    assertEquals(1, codes.size());
    ObservedCode c = codes.get(0);
    assertEquals(3, c.count());
    assertEquals(
        "seen 3 times: 2 install attempts of KB1 via wu, last at 2026-11-08T00:00:00Z; 1 event (CBS)",
        c.decodedEvidence().get(1));
    assertTrue(c.fromUpdates());
  }

  @Test
  void codesOfOtherProductsAreNotUpdateEvidence() {
    ObservedCode c =
        observed(List.of(), List.of(event(EventSource.APPLICATION, "0x80073712", "sxs", null)))
            .get(0);
    assertFalse(c.fromUpdates());
    assertTrue(c.failure());
  }

  @Test
  void spellingsOfOneCodeAreOneFactAndSuccessIsNoFailure() {
    List<ObservedCode> codes =
        observed(
            List.of(attempt("KB1", AttemptResult.SUCCEEDED, "0", InstallVia.WUSA, null)),
            List.of(
                event(EventSource.REPORTING_EVENTS, "80240017", "n/a", null),
                event(EventSource.REPORTING_EVENTS, "-2145124329", "n/a", null),
                event(EventSource.OTHER, "not a code", "x", null)));
    assertEquals(
        List.of("0x00000000", "0x80240017"), codes.stream().map(ObservedCode::code).toList());
    assertFalse(codes.get(0).failure());
    assertEquals(2, codes.get(1).events().size());
  }

  @Test
  void uncataloguedCodesSayHowTheyWereDecoded() {
    List<String> lines =
        observed(
                List.of(),
                List.of(event(EventSource.WINDOWS_UPDATE_CLIENT, "0x80071234", "x", null)))
            .get(0)
            .decodedEvidence();
    assertTrue(
        lines.get(lines.size() - 1).contains("decoded from its structure"), lines.toString());
  }
}

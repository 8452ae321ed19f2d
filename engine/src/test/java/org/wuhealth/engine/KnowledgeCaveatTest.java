package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.knowledge.KnowledgeEdition;
import org.wuhealth.rules.api.Confidence;

class KnowledgeCaveatTest {
  private final KnowledgeState state =
      new KnowledgeState(
          new KnowledgeEdition(
              YearMonth.of(2026, 8), LocalDate.of(2026, 8, 11), List.of(), null, null),
          101,
          List.of(
              "KB9078766 is installed, numbered above every update it lists (the highest is KB5120418)"));

  @Test
  void theEvidenceNamesWhatTheFindingReliesOn() {
    assertEquals(
        "the update knowledge to 2026-08 (bundled) is older than this host (KB9078766 is installed,"
            + " numbered above every update it lists (the highest is KB5120418)): the latest update"
            + " may have changed since, so this finding is only possible",
        KnowledgeCaveat.evidence(state, List.of("latest")));
    assertEquals(
        true,
        KnowledgeCaveat.evidence(state, List.of("supersedence", "latest"))
            .contains(
                ": the latest update and which update replaces which may have changed since"));
  }

  @Test
  void confidenceDropsToPossibleAndNeverRises() {
    assertEquals(Confidence.POSSIBLE, KnowledgeCaveat.lowered(Confidence.CERTAIN));
    assertEquals(Confidence.POSSIBLE, KnowledgeCaveat.lowered(Confidence.LIKELY));
    assertEquals(Confidence.POSSIBLE, KnowledgeCaveat.lowered(Confidence.POSSIBLE));
  }
}

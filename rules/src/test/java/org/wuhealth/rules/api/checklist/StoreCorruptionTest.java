package org.wuhealth.rules.api.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.rules.api.Facts;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.ObservedCode;

class StoreCorruptionTest {
  private static final List<ObservedCode> STORE_CORRUPT =
      Facts.observed(
          List.of(Facts.attempt("KB1", AttemptResult.FAILED, "0x80073712", InstallVia.WU, null)),
          List.of());
  private static final HostOs WS2016 = Facts.host(14393, "10.0");

  @Test
  void aCheckThatCannotRepairAsksForASourceAndQuotesTheCheck() {
    ComponentStore store =
        new ComponentStore(
            ComponentStoreHealth.NON_REPAIRABLE, List.of("line 1", "line 2", "line 3", "line 4"));
    List<String> lines = StoreCorruption.evidence(store, List.of(), WS2016);
    assertEquals("component store health check: NonRepairable", lines.get(0));
    assertEquals(List.of("  line 1", "  line 2", "  line 3"), lines.subList(1, 4));
    assertTrue(lines.get(4).contains("the repair needs a source of the same build"));
    assertEquals("the host runs " + WS2016.describe(), lines.get(5));
    assertEquals(6, lines.size());
  }

  @Test
  void errorsAgainstAHealthyCheckAreSaidToMayComeFromAPackage() {
    List<String> lines =
        StoreCorruption.evidence(
            new ComponentStore(ComponentStoreHealth.HEALTHY, null), STORE_CORRUPT, WS2016);
    assertEquals(
        List.of(
            "component store health check: Healthy",
            STORE_CORRUPT.get(0).line(),
            "the health check found the store healthy; the errors may come from a damaged package"
                + " rather than the store",
            "the host runs " + WS2016.describe()),
        lines);
  }

  @Test
  void errorsAloneWithoutACheck() {
    assertEquals(
        List.of(STORE_CORRUPT.get(0).line(), "the host runs " + WS2016.describe()),
        StoreCorruption.evidence(null, STORE_CORRUPT, WS2016));
  }
}

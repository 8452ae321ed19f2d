package org.wuhealth.rules.api.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ProductType;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.rules.api.Facts;
import org.wuhealth.rules.api.HostOs;

class EndOfSupportTest {
  private static final Knowledge KB = Knowledge.get();

  private static List<EndOfSupport> on(HostOs host, String day) {
    return EndOfSupport.assess(KB, host, Instant.parse(day + "T12:00:00Z"));
  }

  private static final HostOs WS2012R2 = Facts.ws2012r2Standard();

  private static final HostOs WINDOWS_10_1803 =
      Facts.host(Facts.os(null, "10.0", 17134, ProductType.WORKSTATION, null));

  @Test
  void supportedUntilTheLastDayOfExtendedSecurityUpdates() {
    assertEquals(List.of(), on(WS2012R2, "2026-10-13"), "the last ESU day is still supported");
    EndOfSupport past = on(WS2012R2, "2026-10-14").get(0);
    assertTrue(past.past());
    assertEquals(
        List.of(
            "Windows Server 2012 R2 left extended support on 2023-10-10 and its extended security"
                + " updates (ESU) ended on 2026-10-13",
            "as of 2026-10-14 Microsoft publishes no security updates for it any more; the host"
                + " runs "
                + WS2012R2.describe()),
        past.evidence());
  }

  @Test
  void anEditionThatDecidesAndIsUnknownIsNotChecked() {
    EndOfSupport between = on(WINDOWS_10_1803, "2020-06-01").get(0);
    assertEquals(
        "the end of support of Windows 10 version 1803 depends on its edition (Home, Pro:"
            + " 2019-11-12; Enterprise, Education: 2021-05-11), which could not be read from the"
            + " product name or the EditionID",
        between.notChecked());
    EndOfSupport after = on(WINDOWS_10_1803, "2021-06-01").get(0);
    assertTrue(after.past());
    assertTrue(
        after.evidence().get(0).startsWith("whatever its edition, Windows 10 version 1803"),
        after.evidence().get(0));
  }

  @Test
  void anUnidentifiedReleaseIsNotChecked() {
    HostOs unknown = Facts.host(Facts.os(null, "10.0", 99999, ProductType.SERVER, null));
    assertEquals(
        "build 99999 is not in the release catalogue, so its end of support is not known",
        on(unknown, "2026-11-20").get(0).notChecked());
  }
}

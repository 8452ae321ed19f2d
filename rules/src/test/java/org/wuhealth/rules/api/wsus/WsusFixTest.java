package org.wuhealth.rules.api.wsus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.rules.api.Facts;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;

class WsusFixTest {
  private static final HostOs WS2008R2 =
      Facts.host(
          Facts.os(
              "Windows Server 2008 R2 Standard",
              "6.1",
              7601,
              ProductType.SERVER,
              "ServerStandard"));
  private static final HostOs WS2012R2 = Facts.ws2012r2Standard();

  private static InstalledInventory installed(String... kbs) {
    return new InstalledInventory(
        true,
        true,
        java.util.Arrays.stream(kbs)
            .map(
                kb ->
                    new InstalledUpdate(kb, LocalDate.parse("2022-11-19"), null, UpdateSource.QFE))
            .toList(),
        List.of());
  }

  private static List<String> fix(Wsus wsus, HostOs host, InstalledInventory inventory) {
    return WsusFix.installed(Knowledge.get(), wsus, host, inventory);
  }

  @Test
  void wsus3NeedsKb4039929OnTheServerAndTheConsoleAlike() {
    Wsus server = Wsus.builder().role(WsusRole.SERVER).version("3.2.7600.283").build();
    Wsus console = Wsus.builder().role(WsusRole.CONSOLE_ONLY).version("3.2.7600.283").build();
    assertEquals(List.of("KB4039929"), fix(server, WS2008R2, installed("KB4039929")));
    assertEquals(List.of("KB4039929"), fix(console, WS2008R2, installed("KB4039929")));
    assertEquals(List.of(), fix(server, WS2008R2, installed("KB4474419")), "needed, not installed");
  }

  @Test
  void onServer2008R2TheFixIsKb4039929EvenWithoutTheWsusVersion() {
    Wsus unknownVersion = Wsus.builder().role(WsusRole.SERVER).build();
    assertEquals(List.of("KB4039929"), fix(unknownVersion, WS2008R2, installed("KB4039929")));
  }

  @Test
  void aConsoleOn2012AndLaterNeedsNoRollup() {
    Wsus console = Wsus.builder().role(WsusRole.CONSOLE_ONLY).version("6.3.9600.18694").build();
    assertNull(fix(console, WS2012R2, installed()));
  }
}

package org.wuhealth.rules.api.mux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wuhealth.rules.api.Facts.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.knowledge.ErrorCause;
import org.wuhealth.rules.api.Facts;

class MuxErrorTest {
  private static final String MUX = "Failed to connect to Mux due to network or cert errors";

  private static List<MuxError> group(LogEvent... events) {
    return MuxError.group(List.of(events), Facts.CODES);
  }

  @Test
  void theNumberInTheTextIsReadAsWinsockIgnoringPortsAndAddresses() {
    MuxError m =
        group(
                event(
                    EventSource.WINDOWS_UPDATE_CLIENT,
                    null,
                    MUX + " to 10.1.2.3:8531, error 10061",
                    null))
            .get(0);
    assertEquals("WSAECONNREFUSED", m.error().name());
    assertTrue(m.network());
    assertFalse(m.certificate());
    assertEquals(ErrorCause.REFUSED, m.cause());
    assertTrue(m.updateContext());
  }

  @Test
  void theCodeFieldWinsAndCertificateCodesAreCertificateErrors() {
    MuxError m =
        group(event(EventSource.REPORTING_EVENTS, "0x800B010F", MUX + " 10060", null)).get(0);
    assertTrue(m.certificate());
    assertFalse(m.network());
    assertEquals(ErrorCause.NAME_MISMATCH, m.cause());
  }

  @Test
  void aNamedCertificateErrorWithoutNumber() {
    MuxError m =
        group(event(EventSource.OTHER, null, "CertificateNotAuthorized: " + MUX, null)).get(0);
    assertNull(m.error());
    assertTrue(m.certificate());
    assertEquals(ErrorCause.WRONG_USAGE, m.cause());
    assertFalse(m.updateContext(), "an SDN log is not an update log");
    assertTrue(
        m.evidence(Facts.host(14393, "10.0"))
            .get(m.evidence(Facts.host(14393, "10.0")).size() - 1)
            .contains("Software Load Balancer"));
  }

  @Test
  void eventsWithTheSameReasonAreOneErrorAndOthersAreIgnored() {
    List<MuxError> all =
        group(
            event(
                EventSource.WINDOWS_UPDATE_CLIENT, null, MUX + " (10060)", "2026-11-20T07:00:00Z"),
            event(EventSource.WINDOWS_UPDATE_CLIENT, "0x0000274C", MUX, "2026-11-19T07:00:00Z"),
            event(EventSource.WINDOWS_UPDATE_CLIENT, null, MUX, null),
            event(EventSource.WINDOWS_UPDATE_CLIENT, "0x8007274C", "scan failed", null));
    assertEquals(1, all.size());
    assertEquals(2, all.get(0).events().size());
    assertTrue(
        all.get(0)
            .evidence(Facts.host(14393, "10.0"))
            .get(0)
            .contains("last at 2026-11-20T07:00:00Z"));
  }

  @Test
  void tlsFailuresOnOlderReleasesNameTheWinHttpUpdate() {
    MuxError m = group(event(EventSource.WINDOWS_UPDATE_LOG, "0x80072F8F", MUX, null)).get(0);
    assertTrue(m.evidence(Facts.host(7601, "6.1")).stream().anyMatch(l -> l.contains("KB3140245")));
    assertFalse(
        m.evidence(Facts.host(14393, "10.0")).stream().anyMatch(l -> l.contains("KB3140245")));
  }
}

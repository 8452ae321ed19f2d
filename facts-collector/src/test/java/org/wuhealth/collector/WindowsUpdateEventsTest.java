package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.LogEvent;

/** Event renderings in the form EvtRender gives them (the event log is a stub under Wine). */
class WindowsUpdateEventsTest {
  private static final String CU =
      "2026-11 Cumulative Update for Windows Server 2019 for x64-based Systems (KB5130001)";

  static String event(String name) {
    try (InputStream in = WindowsUpdateEventsTest.class.getResourceAsStream("events/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void installResultsAndFailures() {
    WindowsUpdateEvents.Mapped mapped =
        WindowsUpdateEvents.map(
            List.of(
                event("system-19.xml"),
                event("system-20.xml"),
                event("operational-25.xml"),
                event("operational-31.xml"),
                "<Event><System><EventID>20</EventID></System></Event>",
                "not xml"));
    assertEquals(
        List.of(
            InstallAttempt.builder()
                .time(Instant.parse("2026-11-12T03:12:41.5530021Z"))
                .packageName(CU)
                .kb("KB5130001")
                .architecture(Architecture.X64)
                .result(AttemptResult.SUCCEEDED)
                .via(InstallVia.WU)
                .build(),
            InstallAttempt.builder()
                .time(Instant.parse("2026-11-10T03:10:07.1002344Z"))
                .packageName(CU)
                .kb("KB5130001")
                .architecture(Architecture.X64)
                .result(AttemptResult.FAILED)
                .code("0x800F0831")
                .via(InstallVia.WU)
                .build()),
        mapped.attempts());
    assertEquals(
        List.of(
            new LogEvent(
                Instant.parse("2026-11-10T03:10:07.1002344Z"),
                EventSource.WINDOWS_UPDATE_CLIENT,
                20,
                "0x800F0831",
                "Windows Update client: installation failed: " + CU,
                "KB5130001"),
            new LogEvent(
                Instant.parse("2026-11-19T22:00:13.221Z"),
                EventSource.WINDOWS_UPDATE_CLIENT,
                25,
                "0x8024402C",
                "Windows Update client: the check for updates failed",
                null),
            new LogEvent(
                Instant.parse("2026-11-18T22:04:55Z"),
                EventSource.WINDOWS_UPDATE_CLIENT,
                31,
                "0x80072EE2",
                "Windows Update client: the download failed: Security Intelligence Update for"
                    + " Microsoft Defender Antivirus - KB2267602 (Version 1.445.120.0)",
                "KB2267602")),
        mapped.events());
    assertEquals(2, mapped.unreadable(), "no time, and no XML");
  }

  @Test
  void notApplicableIsItsOwnResult() {
    String xml = event("system-20.xml").replace("0x800f0831", "0x80240017");
    assertEquals(
        AttemptResult.NOT_APPLICABLE,
        WindowsUpdateEvents.map(List.of(xml)).attempts().get(0).result());
  }

  @Test
  void theQueryNamesTheProviderTheIdsAndTheWindow() {
    assertEquals(
        "*[System[Provider[@Name='Microsoft-Windows-WindowsUpdateClient'] and (EventID=19 or"
            + " EventID=20) and TimeCreated[timediff(@SystemTime) <= 2592000000]]]",
        WindowsUpdateEvents.query(List.of(19, 20), 30));
  }
}

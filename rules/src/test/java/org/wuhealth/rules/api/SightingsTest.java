package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LogEvent;

class SightingsTest {
  private static final Instant T = Instant.parse("2026-11-20T07:00:00Z");

  private static LogEvent event(Instant time) {
    return new LogEvent(time, EventSource.WINDOWS_UPDATE_LOG, null, "0x80244007", "x", null);
  }

  @Test
  void countsEventsAndAttemptsAndKeepsTheNewestTime() {
    InstallAttempt undated = InstallAttempt.builder().kb("KB1").code("0x80244007").build();
    Sightings s = Sightings.of(List.of(event(T.minusSeconds(3600)), event(T)), List.of(undated));
    assertEquals(new Sightings(3, T), s);
    assertEquals("X was logged 3 times, last at 2026-11-20T07:00:00Z", s.line("X"));
  }

  @Test
  void oneWithoutATimeSaysOnce() {
    assertEquals("X was logged once", Sightings.of(List.of(event(null))).line("X"));
    assertFalse(Sightings.of(List.of()).any());
  }

  @Test
  void refusesOtherFacts() {
    assertThrows(IllegalArgumentException.class, () -> Sightings.of(List.of("a string")));
  }
}

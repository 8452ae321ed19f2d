package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;

/** How the live collector joins what two sources say, and what it refuses to read. */
class LiveMergesTest {
  private static final Instant T = Instant.parse("2026-11-19T22:41:30Z");

  private static InstallAttempt attempt(String title, String kb, Instant time) {
    return new InstallAttempt(
        time, title, kb, null, AttemptResult.FAILED, "0x80070643", InstallVia.WU);
  }

  @Test
  void oneInstallSeenByReportingEventsAndTheSystemLogIsOne() {
    assertTrue(
        LiveCollector.sameInstall(
            attempt("2026-11 Cumulative Update (KB5130010)", "KB5130010", T),
            attempt("2026-11 Cumulative Update (KB5130010)", "KB5130010", T.plusSeconds(20))));
    // a driver has no KB: its title tells, whatever the case
    assertTrue(
        LiveCollector.sameInstall(
            attempt("Contoso - Net - 1.2.3.4", null, T),
            attempt("CONTOSO - NET - 1.2.3.4", null, T.plusSeconds(5))));
    assertFalse(
        LiveCollector.sameInstall(
            attempt("Contoso - Net - 1.2.3.4", null, T), attempt("Other driver", null, T)));
    assertFalse(
        LiveCollector.sameInstall(attempt("x", "KB5130010", T), attempt("x", null, T)),
        "a KB on one side only: not known to be the same update");
    assertFalse(
        LiveCollector.sameInstall(
            attempt("x", "KB5130010", T), attempt("x", "KB5130010", T.plusSeconds(120))),
        "two attempts minutes apart are two attempts");
  }

  @Test
  void iisLogsOnANetworkShareAreNotRead() {
    FileSystemException share =
        assertThrows(
            FileSystemException.class,
            () ->
                WsusFiles.logDirectory("\\\\logsrv\\iis", 1, Path.of("/srv/c/Windows"), Map.of()));
    assertEquals(
        "\\\\logsrv\\iis: a network share; wuhealth reads only this machine",
        FileErrors.describe(share));
    FileSystemException viaVariable =
        assertThrows(
            FileSystemException.class,
            () ->
                WsusFiles.logDirectory(
                    "%LOGROOT%\\iis",
                    1, Path.of("/srv/c/Windows"), Map.of("LogRoot", "\\\\logsrv\\central")));
    assertEquals("\\\\logsrv\\central\\iis", viaVariable.getFile());
  }
}

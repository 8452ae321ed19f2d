package org.wuhealth.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * The snapshot of issue 17, case 10, at any size: a healthy Server 2016 host whose install attempts
 * and events carry n distinct failure codes (0x80240000 upwards), half of them on attempts, two
 * failed Windows Update attempts per update (so CHK-MANUAL-INSTALL has n/4 repeated failures to
 * judge), half on Windows Update client events. Every code reaches the rules that ask whether
 * another finding explains it.
 */
final class ManyCodes {
  private static final Snapshot HEALTHY = healthy();
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

  private ManyCodes() {}

  static Snapshot snapshot(int codes) {
    List<InstallAttempt> attempts = new ArrayList<>();
    List<LogEvent> events = new ArrayList<>();
    for (int i = 0; i < codes; i++) {
      String code = String.format(Locale.ROOT, "0x%08X", 0x80240000L + i);
      Instant time = START.plusSeconds(i);
      if (i % 2 == 0) {
        String kb = "KB" + (6_000_000 + i / 4);
        attempts.add(
            InstallAttempt.builder()
                .time(time)
                .kb(kb)
                .architecture(Architecture.X64)
                .result(AttemptResult.FAILED)
                .code(code)
                .via(InstallVia.WU)
                .build());
      } else {
        events.add(
            new LogEvent(
                time, EventSource.WINDOWS_UPDATE_CLIENT, 20, code, "installation failure", null));
      }
    }
    Snapshot s = HEALTHY;
    return s.toBuilder().installAttempts(attempts).events(events).build();
  }

  private static Snapshot healthy() {
    try {
      return new SnapshotReader()
          .read(Path.of("..", "samples", "healthy-server2016.json"))
          .snapshot();
    } catch (InputException e) {
      throw new IllegalStateException(e);
    }
  }
}

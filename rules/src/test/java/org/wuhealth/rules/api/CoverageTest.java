package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WindowsUpdate;

class CoverageTest {
  @Test
  void presentPathsFollowTheRecords() {
    Snapshot s =
        Snapshot.builder()
            .collectedAt(Instant.parse("2026-11-20T08:15:00Z"))
            .os(OsInfo.builder().version("10.0").build(14393).ubr(9418).build())
            .updates(List.of())
            .windowsUpdate(
                WindowsUpdate.builder()
                    .policy(
                        UpdatePolicy.builder()
                            .wuServer("https://wsus:8531")
                            .useWuServer(true)
                            .build())
                    .build())
            .build();
    Coverage c = Coverage.of(s);
    assertTrue(c.has("updates"), "an empty list is collected");
    assertTrue(c.has("os.ubr"));
    assertTrue(c.has("windowsUpdate.policy.wuServer"));
    assertFalse(c.has("os.architecture"));
    assertFalse(c.has("packages"));
    assertFalse(c.has("windowsUpdate.lastScan"));
  }

  @Test
  void knownPathsCoverTheWholeFormat() {
    var known = Coverage.knownPaths();
    assertTrue(known.contains("wsus.clientWebService.maxInstalledPrerequisites"));
    assertTrue(known.contains("installAttempts"));
    assertEquals(-1, known.stream().filter(p -> p.contains("..")).count() - 1);
  }
}

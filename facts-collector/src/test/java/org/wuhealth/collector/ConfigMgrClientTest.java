package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.SourceOutcome;

class ConfigMgrClientTest {
  @Test
  void aHardRestartAndNone() {
    SourceRunner.Log log = new SourceRunner.Log(ConfigMgrClient.NAME);
    assertEquals(
        "the Configuration Manager client reports a pending hard restart",
        ConfigMgrClient.signal(
                Map.of("ReturnValue", 0L, "RebootPending", false, "IsHardRebootPending", true), log)
            .detail());
    assertNull(
        ConfigMgrClient.signal(
            Map.of("ReturnValue", 0L, "RebootPending", false, "IsHardRebootPending", false), log));
  }

  @Test
  void aFailedCallIsAnIssueNotANo() throws Exception {
    SourceRunner runner = new SourceRunner();
    var pending =
        runner.start(
            ConfigMgrClient.NAME,
            "pendingReboot",
            java.time.Duration.ofSeconds(5),
            log -> ConfigMgrClient.signal(Map.of("ReturnValue", 2L), log));
    assertNull(pending.get());
    assertEquals(SourceOutcome.PARTIAL, runner.runs().get(0).outcome());
    assertEquals("DetermineIfRebootPending returned 2", runner.issues().get(0).message());
  }

  @Test
  void onlyWhereTheClientIsInstalled() {
    assertTrue(
        ConfigMgrClient.installed(
            List.of(new ServiceReader.RawService("CcmExec", "SMS Agent Host", 4))));
    assertFalse(ConfigMgrClient.installed(List.of()));
  }
}

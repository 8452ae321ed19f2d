package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;

class ServiceCheckTest {
  private static ServiceCheck check(ServiceState state, StartType start) {
    return ServiceCheck.of(
            List.of(new ServiceInfo("wsusservice", null, state, start)), "WsusService")
        .get(0);
  }

  @Test
  void stoppedIsSeenNotServing() {
    ServiceCheck c = check(ServiceState.STOPPED, StartType.AUTOMATIC);
    assertTrue(c.stopped());
    assertTrue(c.notServing());
    assertFalse(c.unknown());
    assertEquals("Stopped, start type Automatic", c.describe());
  }

  @Test
  void disabledWithTheRunStateUnknownCannotServeButWasNotSeenStopped() {
    ServiceCheck c = check(null, StartType.DISABLED);
    assertFalse(c.stopped(), "the rule lowers its confidence for this case");
    assertTrue(c.notServing());
    assertTrue(c.describe().startsWith("Disabled (its run state was not collected"));
  }

  @Test
  void anUnknownRunStateOrAMissingServiceIsNamed() {
    ServiceCheck unknown = check(ServiceState.UNKNOWN, StartType.AUTOMATIC);
    assertTrue(unknown.unknown());
    assertEquals("services[WsusService].state", unknown.missing());
    ServiceCheck absent = ServiceCheck.of(List.of(), "WsusService").get(0);
    assertTrue(absent.unknown());
    assertEquals("services[WsusService]", absent.missing());
    assertTrue(check(ServiceState.START_PENDING, StartType.AUTOMATIC).running());
  }
}

package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;

class ServiceMapperTest {
  private static final List<ServiceInfo> REGISTRY =
      List.of(
          new ServiceInfo("wuauserv", null, ServiceState.UNKNOWN, StartType.AUTOMATIC_DELAYED),
          new ServiceInfo("WsusService", null, ServiceState.UNKNOWN, StartType.AUTOMATIC));

  @Test
  void stateFromTheServiceManagerStartTypeFromTheRegistry() {
    List<ServiceReader.RawService> scm =
        List.of(
            new ServiceReader.RawService("Spooler", "Print Spooler", 4),
            new ServiceReader.RawService("WUAUSERV", "Windows Update", 4),
            new ServiceReader.RawService("WsusService", "WSUS Service", 1),
            new ServiceReader.RawService("BITS", "Background Intelligent Transfer Service", 7));
    assertEquals(
        List.of(
            new ServiceInfo(
                "WUAUSERV", "Windows Update", ServiceState.RUNNING, StartType.AUTOMATIC_DELAYED),
            new ServiceInfo(
                "BITS",
                "Background Intelligent Transfer Service",
                ServiceState.PAUSED,
                StartType.UNKNOWN),
            new ServiceInfo(
                "WsusService", "WSUS Service", ServiceState.STOPPED, StartType.AUTOMATIC)),
        ServiceMapper.map(scm, REGISTRY, List.of("wuauserv", "BITS", "CryptSvc", "WsusService")),
        "in the order asked; CryptSvc is not installed and left out");
  }

  @Test
  void withoutTheServiceManagerTheRegistrysStartTypes() {
    assertEquals(REGISTRY, ServiceMapper.map(null, REGISTRY, List.of("wuauserv")));
  }

  @Test
  void everyServiceStatus() {
    assertEquals(ServiceState.STOPPED, ServiceMapper.state(1));
    assertEquals(ServiceState.START_PENDING, ServiceMapper.state(2));
    assertEquals(ServiceState.STOP_PENDING, ServiceMapper.state(3));
    assertEquals(ServiceState.RUNNING, ServiceMapper.state(4));
    assertEquals(ServiceState.START_PENDING, ServiceMapper.state(5));
    assertEquals(ServiceState.PAUSED, ServiceMapper.state(6));
    assertEquals(ServiceState.PAUSED, ServiceMapper.state(7));
    assertEquals(ServiceState.UNKNOWN, ServiceMapper.state(0));
  }
}

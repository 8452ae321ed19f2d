package org.wuhealth.collector;

import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;

/**
 * The update-related services: run state and display name from the service manager, start type from
 * the registry (JNA does not map QueryServiceConfig, and Start/DelayedAutostart say the same). A
 * service the service manager does not list is not installed and left out.
 */
final class ServiceMapper {
  private ServiceMapper() {}

  /**
   * @param scm every service, or null when the service manager could not be asked
   * @param registry the services the registry mapper found (state unknown), or null
   */
  static List<ServiceInfo> map(
      List<ServiceReader.RawService> scm, List<ServiceInfo> registry, List<String> wanted) {
    if (scm == null) {
      return registry;
    }
    List<ServiceInfo> services = new ArrayList<>();
    for (String name : wanted) {
      for (ServiceReader.RawService s : scm) {
        if (s.name().equalsIgnoreCase(name)) {
          services.add(
              new ServiceInfo(
                  s.name(), s.displayName(), state(s.currentState()), startType(registry, name)));
          break;
        }
      }
    }
    return services;
  }

  private static StartType startType(List<ServiceInfo> registry, String name) {
    if (registry != null) {
      for (ServiceInfo s : registry) {
        if (s.name().equalsIgnoreCase(name)) {
          return s.startType();
        }
      }
    }
    return StartType.UNKNOWN;
  }

  /**
   * SERVICE_STATUS dwCurrentState. A service resuming from a pause (5) is starting; one being
   * paused (6) counts as paused.
   */
  static ServiceState state(int state) {
    return switch (state) {
      case 1 -> ServiceState.STOPPED;
      case 2, 5 -> ServiceState.START_PENDING;
      case 3 -> ServiceState.STOP_PENDING;
      case 4 -> ServiceState.RUNNING;
      case 6, 7 -> ServiceState.PAUSED;
      default -> ServiceState.UNKNOWN;
    };
  }
}

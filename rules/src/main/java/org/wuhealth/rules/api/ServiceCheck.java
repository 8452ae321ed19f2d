package org.wuhealth.rules.api;

import java.util.Collection;
import java.util.List;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;

/**
 * Whether a service a WSUS server needs can be serving, as far as the snapshot tells. A registry
 * export knows start types only, so a service can be listed with its run state unknown: disabled,
 * it still cannot be serving (a disabled service cannot be started), otherwise nothing can be said
 * and the check is not made.
 *
 * @param name the service key name looked for
 * @param service the service as listed, or null when the list does not name it
 */
public record ServiceCheck(String name, ServiceInfo service) {
  /** The service {@code name} (any case) among {@code services}, as a one-element list. */
  public static List<ServiceCheck> of(Collection<?> services, String name) {
    ServiceInfo found =
        services.stream()
            .map(ServiceInfo.class::cast)
            .filter(s -> s.name() != null && s.name().equalsIgnoreCase(name))
            .findFirst()
            .orElse(null);
    return List.of(new ServiceCheck(name, found));
  }

  private ServiceState state() {
    return service == null ? null : service.state();
  }

  /** Running, or on its way there. */
  public boolean running() {
    return state() == ServiceState.RUNNING || state() == ServiceState.START_PENDING;
  }

  /** Known not to be serving: stopped, stopping or paused. */
  public boolean stopped() {
    return state() == ServiceState.STOPPED
        || state() == ServiceState.STOP_PENDING
        || state() == ServiceState.PAUSED;
  }

  /** Its run state was not collected, but it is disabled. */
  public boolean disabledStateUnknown() {
    return service != null
        && (state() == null || state() == ServiceState.UNKNOWN)
        && service.startType() == StartType.DISABLED;
  }

  /** Not serving, as far as can be told: stopped, or disabled with an unknown run state. */
  public boolean notServing() {
    return stopped() || disabledStateUnknown();
  }

  /** Neither running nor known not to serve. */
  public boolean unknown() {
    return !running() && !notServing();
  }

  /** The unknown fact, as a snapshot path: the service itself, or its run state. */
  public String missing() {
    return "services[" + name + "]" + (service == null ? "" : ".state");
  }

  /**
   * "Stopped, start type Disabled", or "Disabled (its run state was not collected; a disabled
   * service cannot be started)".
   */
  public String describe() {
    if (stopped()) {
      return state().wire()
          + (service.startType() == null ? "" : ", start type " + service.startType().wire());
    }
    return "Disabled (its run state was not collected; a disabled service cannot be started, though"
        + " one disabled while running keeps running until it stops)";
  }
}

package org.wuhealth.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.wuhealth.collector.WindowsAccess;
import org.wuhealth.collector.windows.ThisMachine;

/**
 * Where live commands read the machine from, and their clock: this machine through JNA, or recorded
 * answers in tests.
 *
 * @param access empty when the machine does not run Windows
 * @param clock the time of collection; its zone is the host's, for the local times of its logs
 */
public record LiveMachine(Supplier<Optional<WindowsAccess>> access, Clock clock) {
  /** This machine. */
  public static LiveMachine thisMachine() {
    return new LiveMachine(ThisMachine::access, Clock.systemDefaultZone());
  }
}

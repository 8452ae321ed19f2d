package org.wuhealth.collector.windows;

import java.util.Locale;
import java.util.Optional;
import org.wuhealth.collector.WindowsAccess;

/** The live collector's access to this machine, when it runs Windows. */
public final class ThisMachine {
  private ThisMachine() {}

  /** True on Windows (also under Wine, which reports itself as Windows). */
  public static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  /** The JNA readers of this machine; empty when it does not run Windows. */
  public static Optional<WindowsAccess> access() {
    if (!isWindows()) {
      return Optional.empty();
    }
    NativeDispatch.useBundled();
    return Optional.of(
        new WindowsAccess(
            new JnaSystemReader(),
            new JnaRegistryReader(),
            new JnaServiceReader(),
            new JnaWmiReader(),
            new JnaEventLogReader()));
  }
}

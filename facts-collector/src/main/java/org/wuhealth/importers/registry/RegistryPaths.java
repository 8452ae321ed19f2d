package org.wuhealth.importers.registry;

import java.util.List;

/**
 * The registry keys wuhealth reads, in one place: {@link RegistryFactsMapper} maps them to facts,
 * the {@code .reg} importer finds them in exports, and a live collector reads exactly these (with
 * the depth given) into a {@link RegistryTree} and hands it to the same mapper.
 */
public final class RegistryPaths {
  public static final String CURRENT_VERSION =
      "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
  public static final String CONTROL = "HKLM\\SYSTEM\\CurrentControlSet\\Control";
  public static final String PRODUCT_OPTIONS = CONTROL + "\\ProductOptions";
  public static final String SESSION_MANAGER = CONTROL + "\\Session Manager";
  public static final String ENVIRONMENT = SESSION_MANAGER + "\\Environment";
  public static final String COMPUTER_NAME = CONTROL + "\\ComputerName\\ComputerName";
  public static final String ACTIVE_COMPUTER_NAME = CONTROL + "\\ComputerName\\ActiveComputerName";
  public static final String SERVICES = "HKLM\\SYSTEM\\CurrentControlSet\\Services";
  public static final String TCPIP = SERVICES + "\\Tcpip\\Parameters";
  public static final String NETLOGON = SERVICES + "\\Netlogon";
  public static final String WU_POLICY =
      "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate";
  public static final String WU_POLICY_AU = WU_POLICY + "\\AU";
  public static final String WU_UX_SETTINGS =
      "HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings";
  public static final String WU_STATE =
      "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate";
  public static final String WU_AUTO_UPDATE = WU_STATE + "\\Auto Update";
  public static final String CBS =
      "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing";
  public static final String CBS_PACKAGES = CBS + "\\Packages";
  public static final String CBS_VERSION = CBS + "\\Version";
  public static final String UPDATES = "HKLM\\SOFTWARE\\Microsoft\\Updates";
  public static final String WSUS_SETUP =
      "HKLM\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup";

  /** Services whose start type matters to Windows Update and WSUS. */
  public static final List<String> UPDATE_SERVICES =
      List.of(
          "wuauserv",
          "BITS",
          "CryptSvc",
          "TrustedInstaller",
          "UsoSvc",
          "WaaSMedicSvc",
          "uhssvc",
          "WsusService",
          "W3SVC");

  private RegistryPaths() {}

  /**
   * A key to read: its values, and its subkeys down to {@code depth} levels (1 for the package
   * subkeys of CBS\Packages). A key that does not exist is read as covered and absent.
   */
  public record Read(String path, int depth) {}

  /** Everything the mapper looks at. */
  public static List<Read> reads() {
    List<Read> reads =
        new java.util.ArrayList<>(
            List.of(
                new Read(CURRENT_VERSION, 0),
                new Read(PRODUCT_OPTIONS, 0),
                new Read(SESSION_MANAGER, 0),
                new Read(ENVIRONMENT, 0),
                new Read(COMPUTER_NAME, 0),
                new Read(ACTIVE_COMPUTER_NAME, 0),
                new Read(TCPIP, 0),
                new Read(NETLOGON, 0),
                new Read(WU_POLICY, 1),
                new Read(WU_UX_SETTINGS, 0),
                new Read(WU_STATE, 0),
                new Read(WU_AUTO_UPDATE, 1),
                new Read(CBS, 1),
                new Read(CBS_PACKAGES, 1),
                new Read(UPDATES, 0),
                new Read(WSUS_SETUP, 1)));
    UPDATE_SERVICES.forEach(s -> reads.add(new Read(SERVICES + "\\" + s, 0)));
    return List.copyOf(reads);
  }
}

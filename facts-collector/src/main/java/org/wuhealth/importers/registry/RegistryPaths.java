package org.wuhealth.importers.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry keys wuhealth reads, in one place: {@link RegistryFactsMapper} maps them to facts,
 * the {@code .reg} importer finds them in exports, and the live collector reads exactly these (with
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
  public static final String CURRENT_VERSION_WINDOWS =
      "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion";
  public static final String WU_STATE = CURRENT_VERSION_WINDOWS + "\\WindowsUpdate";
  public static final String WU_AUTO_UPDATE = WU_STATE + "\\Auto Update";

  /** Where Windows Update (before the 10.0 family) records its last successful detection. */
  public static final String WU_DETECT_RESULT = WU_AUTO_UPDATE + "\\Results\\Detect";

  public static final String WU_SERVICES_PENDING = WU_STATE + "\\Services\\Pending";
  public static final String CBS = CURRENT_VERSION_WINDOWS + "\\Component Based Servicing";
  public static final String CBS_PACKAGES = CBS + "\\Packages";
  public static final String CBS_VERSION = CBS + "\\Version";
  public static final String CBS_PENDED_SESSION_PACKAGES = CBS + "\\PendedSessionPackages";
  public static final String RUN_ONCE = CURRENT_VERSION_WINDOWS + "\\RunOnce";
  public static final String UPDATES = "HKLM\\SOFTWARE\\Microsoft\\Updates";
  public static final String SERVER_MANAGER_REBOOT_ATTEMPTS =
      "HKLM\\SOFTWARE\\Microsoft\\ServerManager\\CurrentRebootAttempts";
  public static final String WSUS_SETUP =
      "HKLM\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup";

  /** One subkey per feature-update target; GatedBlockId names the safeguard hold, or "None". */
  public static final String UPGRADE_INDICATORS =
      CURRENT_VERSION + "\\AppCompatFlags\\TargetVersionUpgradeExperienceIndicators";

  public static final String UNINSTALL = CURRENT_VERSION_WINDOWS + "\\Uninstall";
  public static final String UNINSTALL_32 =
      "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall";

  /** Configuration Manager: site servers and clients. */
  public static final String SMS = "HKLM\\SOFTWARE\\Microsoft\\SMS";

  public static final String SMS_IDENTIFICATION = SMS + "\\Identification";
  public static final String SMS_REBOOT_DATA =
      SMS + "\\Mobile Client\\Reboot Management\\RebootData";

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
   * subkeys of CBS\Packages). A key that does not exist is read as covered and absent. A live
   * reader may narrow the read where the mapper looks at less: only the subkeys whose names start
   * with {@code subkeyPrefix} (null: all) and, below the key itself, only the {@code values} named
   * (null: all; empty: none). A {@code .reg} export simply holds more.
   */
  public record Read(String path, int depth, String subkeyPrefix, List<String> values) {
    public Read {
      values = values == null ? null : List.copyOf(values);
    }

    public Read(String path, int depth) {
      this(path, depth, null, null);
    }
  }

  /** Everything the mapper looks at. */
  public static List<Read> reads() {
    List<Read> reads =
        new ArrayList<>(
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
                new Read(WU_DETECT_RESULT, 0),
                new Read(WU_SERVICES_PENDING, 1, null, List.of()),
                new Read(CBS, 1, null, List.of()),
                new Read(
                    CBS_PACKAGES,
                    1,
                    "Package_",
                    List.of("CurrentState", "InstallTimeHigh", "InstallTimeLow")),
                new Read(CBS_VERSION, 0),
                new Read(CBS_PENDED_SESSION_PACKAGES, 1, null, List.of()),
                new Read(RUN_ONCE, 0),
                new Read(UPDATES, 0),
                new Read(SERVER_MANAGER_REBOOT_ATTEMPTS, 0),
                new Read(WSUS_SETUP, 1),
                new Read(UPGRADE_INDICATORS, 1, null, List.of("GatedBlockId")),
                new Read(UNINSTALL, 1, null, List.of("DisplayName", "DisplayVersion")),
                new Read(UNINSTALL_32, 1, null, List.of("DisplayName", "DisplayVersion")),
                new Read(SMS_IDENTIFICATION, 0),
                new Read(SMS_REBOOT_DATA, 0)));
    UPDATE_SERVICES.forEach(s -> reads.add(new Read(SERVICES + "\\" + s, 0)));
    return List.copyOf(reads);
  }
}

package org.wuhealth.importers.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.ConfigMgr;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;
import org.wuhealth.facts.UpdateHealthTools;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.OsFacts;

class RegistryFactsMapperTest {
  private static RegistryTree tree(List<String> captures) throws Exception {
    RegistryTree.Builder builder = RegistryTree.builder();
    for (String c : captures) {
      RegFileParser.parseInto(builder, c, TestFiles.text(c));
    }
    return builder.build();
  }

  @Test
  void theExportsOfAWsusServer() throws Exception {
    RegistryFacts facts = RegistryFactsMapper.map(tree(TestFiles.WSUS01_REGISTRY));
    assertEquals("WSUS01", facts.computerName());
    assertEquals(
        new OsFacts(
            "Windows Server 2012 R2 Standard",
            "6.3",
            9600,
            20778,
            ProductType.SERVER,
            InstallationType.SERVER,
            "ServerStandard",
            Architecture.X64,
            null,
            null),
        facts.os());
    assertEquals(
        List.of(
            new CbsPackage(
                "Package_1_for_KB5048735~31bf3856ad364e35~amd64~~6.3.1.2",
                "KB5048735",
                PackageState.INSTALL_PENDING),
            new CbsPackage(
                "Package_for_KB2919355~31bf3856ad364e35~amd64~~6.3.1.14",
                "KB2919355",
                PackageState.INSTALLED),
            new CbsPackage(
                "Package_for_KB2919442~31bf3856ad364e35~amd64~~6.3.1.0",
                "KB2919442",
                PackageState.INSTALLED),
            new CbsPackage(
                "Package_for_KB3173424~31bf3856ad364e35~amd64~~6.3.1.5",
                "KB3173424",
                PackageState.INSTALLED),
            new CbsPackage(
                "Package_for_KB4041693~31bf3856ad364e35~amd64~~6.3.1.1",
                "KB4041693",
                PackageState.SUPERSEDED),
            new CbsPackage(
                "Package_for_KB5044343~31bf3856ad364e35~amd64~~6.3.1.0",
                "KB5044343",
                PackageState.STAGED),
            new CbsPackage(
                "Package_for_RollupFix~31bf3856ad364e35~amd64~~9600.20778.1.8",
                null,
                PackageState.INSTALLED)),
        facts.packages(),
        "update packages only, features left out");
    assertEquals("6.3.9600.20470", facts.servicingStack().version());
    assertEquals(
        List.of(
            RebootSignalKind.CBS_REBOOT_PENDING,
            RebootSignalKind.WU_REBOOT_REQUIRED,
            RebootSignalKind.PENDING_FILE_RENAME_OPERATIONS),
        facts.pendingReboot().signals().stream().map(s -> s.signal()).toList());
    assertTrue(facts.pendingReboot().signals().get(2).detail().contains("3 file operations"));
    assertEquals(
        UpdatePolicy.builder()
            .wuServer("https://wsus01.corp.example:8531")
            .wuStatusServer("https://wsus01.corp.example:8531")
            .useWuServer(true)
            .noAutoUpdate(false)
            .auOptions(4)
            .deferQualityUpdatesDays(7)
            .build(),
        facts.policy());
    assertNull(facts.pause(), "the UX settings were not exported");
    assertEquals("5f6c1c8e-0d8b-4a3c-9a55-2e0f3f8c7b11", facts.susClientId());
    assertEquals(WsusRole.SERVER, facts.wsusSetup().role());
    assertEquals("6.3.9600.18694", facts.wsusSetup().version());
    assertNull(facts.services(), "no service key was exported");
    assertEquals(1, facts.issues().size());
    assertTrue(
        facts
            .issues()
            .get(0)
            .message()
            .contains(
                "ServerManager\\CurrentRebootAttempts, HKLM\\SYSTEM\\CurrentControlSet\\Services\\Netlogon"),
        facts.issues().toString());
  }

  @Test
  void anExportOfOneKeySaysNothingAboutTheOthers() throws Exception {
    RegistryFacts facts = RegistryFactsMapper.map(tree(List.of("registry/currentversion.reg")));
    assertEquals(9600, facts.os().build());
    assertNull(facts.pendingReboot(), "no restart location was exported: unknown, not none");
    assertNull(facts.policy());
    assertNull(facts.packages());
    assertNull(facts.wsusSetup().role());
    assertEquals(List.of(), facts.issues());
  }

  /** The live collector's path: a tree read key by key, absent keys marked covered. */
  @Test
  void aTreeReadLiveMapsTheSameWay() {
    RegistryTree tree =
        RegistryTree.builder()
            .value(RegistryPaths.CURRENT_VERSION, RegistryValue.string("CurrentBuild", "17763"))
            .value(RegistryPaths.CURRENT_VERSION, RegistryValue.dword("UBR", 7919))
            .value(
                RegistryPaths.CURRENT_VERSION, RegistryValue.dword("CurrentMajorVersionNumber", 10))
            .value(
                RegistryPaths.CURRENT_VERSION, RegistryValue.dword("CurrentMinorVersionNumber", 0))
            .covered(RegistryPaths.CURRENT_VERSION, "registry")
            .covered(RegistryPaths.CBS, "registry")
            .covered(RegistryPaths.WU_AUTO_UPDATE, "registry")
            .value(
                RegistryPaths.SESSION_MANAGER,
                RegistryValue.multiString("PendingFileRenameOperations", List.of("", "")))
            .covered(RegistryPaths.SESSION_MANAGER, "registry")
            .covered(RegistryPaths.UPDATES, "registry")
            .covered(RegistryPaths.ACTIVE_COMPUTER_NAME, "registry")
            .covered(RegistryPaths.NETLOGON, "registry")
            .covered(RegistryPaths.WU_SERVICES_PENDING, "registry")
            .covered(RegistryPaths.RUN_ONCE, "registry")
            .covered(RegistryPaths.SERVER_MANAGER_REBOOT_ATTEMPTS, "registry")
            .covered(RegistryPaths.SMS, "registry")
            .covered(RegistryPaths.WU_POLICY, "registry")
            .covered(RegistryPaths.WU_UX_SETTINGS, "registry")
            .covered(RegistryPaths.WSUS_SETUP, "registry")
            .value(RegistryPaths.SERVICES + "\\wuauserv", RegistryValue.dword("Start", 2))
            .value(
                RegistryPaths.SERVICES + "\\wuauserv", RegistryValue.dword("DelayedAutostart", 1))
            .value(
                RegistryPaths.SERVICES + "\\wuauserv",
                RegistryValue.string("DisplayName", "@%systemroot%\\system32\\wuaueng.dll,-105"))
            .covered(RegistryPaths.SERVICES, "registry")
            .build();
    RegistryFacts facts = RegistryFactsMapper.map(tree);
    assertEquals("10.0", facts.os().version());
    assertEquals(7919, facts.os().ubr());
    assertEquals(
        List.of(),
        facts.pendingReboot().signals(),
        "looked everywhere, found none (a rename list of empty strings renames nothing)");
    assertEquals(UpdatePolicy.builder().build(), facts.policy());
    assertEquals(new PauseState(null, null), facts.pause());
    assertEquals(WsusRole.NONE, facts.wsusSetup().role());
    assertEquals(List.of(), facts.packages());
    assertEquals(
        List.of(
            new ServiceInfo("wuauserv", null, ServiceState.UNKNOWN, StartType.AUTOMATIC_DELAYED)),
        facts.services());
    assertEquals(List.of(), facts.issues());
  }

  @Test
  void pauseAndDeferralPoliciesAndAPendingRenameAndDomainJoin() {
    String wu = RegistryPaths.WU_POLICY;
    RegistryTree tree =
        RegistryTree.builder()
            .value(wu, RegistryValue.string("PauseQualityUpdatesStartTime", "2026-11-01"))
            .value(wu, RegistryValue.dword("DeferFeatureUpdates", 0))
            .value(wu, RegistryValue.dword("DeferFeatureUpdatesPeriodInDays", 365))
            .value(wu, RegistryValue.dword("TargetReleaseVersion", 1))
            .value(wu, RegistryValue.string("TargetReleaseVersionInfo", "22H2"))
            .covered(wu, "policy.reg")
            .value(
                RegistryPaths.WU_UX_SETTINGS,
                RegistryValue.string("PauseQualityUpdatesEndTime", "2026-11-29T08:00:00Z"))
            .covered(RegistryPaths.WU_UX_SETTINGS, "ux.reg")
            .value(RegistryPaths.COMPUTER_NAME, RegistryValue.string("ComputerName", "NEWNAME"))
            .value(
                RegistryPaths.ACTIVE_COMPUTER_NAME, RegistryValue.string("ComputerName", "OLDNAME"))
            .covered(RegistryPaths.CONTROL + "\\ComputerName", "cn.reg")
            .value(RegistryPaths.NETLOGON, RegistryValue.string("JoinDomain", "corp"))
            .covered(RegistryPaths.NETLOGON, "netlogon.reg")
            .build();
    RegistryFacts facts = RegistryFactsMapper.map(tree);
    assertEquals(
        Instant.parse("2026-11-01T00:00:00Z"), facts.policy().pauseQualityUpdatesStartTime());
    assertNull(facts.policy().deferFeatureUpdatesDays(), "switched off");
    assertEquals("22H2", facts.policy().targetReleaseVersion());
    assertEquals(Instant.parse("2026-11-29T08:00:00Z"), facts.pause().qualityUpdatesPausedUntil());
    assertEquals(
        List.of(RebootSignalKind.PENDING_COMPUTER_RENAME, RebootSignalKind.PENDING_DOMAIN_JOIN),
        facts.pendingReboot().signals().stream().map(s -> s.signal()).toList());
    assertEquals("pendingReboot", facts.issues().get(0).section());
    assertEquals(List.of("cn.reg"), tree.sources(RegistryPaths.COMPUTER_NAME));
  }

  /**
   * The scan source policy: 0 takes a class from Windows Update, 1 from WSUS, and without the AU
   * switch the values do nothing. The first tree is the lab export Patch My PC publishes in "Using
   * Patch My PC Publisher with Azure Update Manager" (Microsoft updates from Windows Update,
   * third-party ones from WSUS); the second is the partial configuration Configuration Manager 2503
   * wrote before KB 36495448 (only Other, to WSUS), which names no class for Windows Update.
   */
  @Test
  void theScanSourcePolicyListsTheClassesTakenFromWindowsUpdate() {
    String wu = RegistryPaths.WU_POLICY;
    String au = RegistryPaths.WU_POLICY_AU;
    RegistryTree.Builder lab =
        RegistryTree.builder()
            .value(wu, RegistryValue.string("WUServer", "https://MyWSUSServer.contoso.com:8531"))
            .value(wu, RegistryValue.dword("SetPolicyDrivenUpdateSourceForFeatureUpdates", 0))
            .value(wu, RegistryValue.dword("SetPolicyDrivenUpdateSourceForQualityUpdates", 0))
            .value(wu, RegistryValue.dword("SetPolicyDrivenUpdateSourceForDriverUpdates", 0))
            .value(wu, RegistryValue.dword("SetPolicyDrivenUpdateSourceForOtherUpdates", 0))
            .value(au, RegistryValue.dword("UseWUServer", 1))
            .covered(wu, "policy.reg");
    assertNull(
        RegistryFactsMapper.map(lab.build()).policy().classesFromWindowsUpdate(),
        "without UseUpdateClassPolicySource the values do nothing");
    lab.value(au, RegistryValue.dword("UseUpdateClassPolicySource", 1));
    assertEquals(
        List.of("feature", "quality", "driver", "other"),
        RegistryFactsMapper.map(lab.build()).policy().classesFromWindowsUpdate());

    RegistryTree configMgr =
        RegistryTree.builder()
            .value(wu, RegistryValue.dword("SetPolicyDrivenUpdateSourceForOtherUpdates", 1))
            .value(au, RegistryValue.dword("UseUpdateClassPolicySource", 1))
            .covered(wu, "policy.reg")
            .build();
    assertEquals(List.of(), RegistryFactsMapper.map(configMgr).policy().classesFromWindowsUpdate());
  }

  @Test
  void currentVersionIsFrozenAt63OnTheTenFamily() {
    RegistryTree tree =
        RegistryTree.builder()
            .value(RegistryPaths.CURRENT_VERSION, RegistryValue.string("CurrentVersion", "6.3"))
            .value(RegistryPaths.CURRENT_VERSION, RegistryValue.string("CurrentBuild", "14393"))
            .build();
    assertEquals("10.0", RegistryFactsMapper.map(tree).os().version());
  }

  @Test
  void displayVersionNamesTheReleaseWhereTheRegistryHasIt() {
    RegistryTree server2022 =
        RegistryTree.builder()
            .value(RegistryPaths.CURRENT_VERSION, RegistryValue.string("CurrentBuild", "20348"))
            .value(RegistryPaths.CURRENT_VERSION, RegistryValue.string("DisplayVersion", "21H2"))
            .build();
    assertEquals("21H2", RegistryFactsMapper.map(server2022).os().displayVersion());
    RegistryTree server2016 =
        RegistryTree.builder()
            .value(RegistryPaths.CURRENT_VERSION, RegistryValue.string("CurrentBuild", "14393"))
            .value(RegistryPaths.CURRENT_VERSION, RegistryValue.string("ReleaseId", "1607"))
            .build();
    assertNull(RegistryFactsMapper.map(server2016).os().displayVersion());
  }

  @Test
  void packageStatesFollowTheServicingStatesChart() {
    assertEquals(PackageState.INSTALLED, RegistryFactsMapper.packageState(0x70));
    assertEquals(PackageState.INSTALLED, RegistryFactsMapper.packageState(0x80));
    assertEquals(PackageState.INSTALL_PENDING, RegistryFactsMapper.packageState(0x60));
    assertEquals(PackageState.SUPERSEDED, RegistryFactsMapper.packageState(0x50));
    assertEquals(PackageState.STAGED, RegistryFactsMapper.packageState(0x40));
    assertEquals(PackageState.UNINSTALL_PENDING, RegistryFactsMapper.packageState(0x5));
    assertEquals(PackageState.ABSENT, RegistryFactsMapper.packageState(0));
    assertEquals(PackageState.OTHER, RegistryFactsMapper.packageState(0x65));
  }

  @Test
  void everyRestartMarkerOfTheReferences() {
    String cbs = RegistryPaths.CBS;
    RegistryTree.Builder b = RegistryTree.builder();
    RegistryFactsMapper.rebootLocations().forEach(p -> b.covered(p, "registry"));
    RegistryTree tree =
        b.key(cbs + "\\RebootInProgress")
            .key(RegistryPaths.CBS_PENDED_SESSION_PACKAGES + "\\{A1}")
            .key(RegistryPaths.WU_AUTO_UPDATE + "\\PostRebootReporting")
            .key(RegistryPaths.WU_SERVICES_PENDING + "\\117cab2d-82b1-4b5a-a08c-4d62dbee7782")
            .key(RegistryPaths.WU_SERVICES_PENDING + "\\9482f4b4-e343-43b6-b170-9a65bc822c77")
            .value(RegistryPaths.RUN_ONCE, RegistryValue.string("DVDRebootSignal", ""))
            .key(RegistryPaths.SERVER_MANAGER_REBOOT_ATTEMPTS)
            .key(RegistryPaths.SMS_REBOOT_DATA)
            .value(RegistryPaths.UPDATES, RegistryValue.dword("UpdateExeVolatile", 0))
            .build();
    RegistryFacts facts = RegistryFactsMapper.map(tree);
    assertEquals(
        List.of(
            RebootSignalKind.CBS_REBOOT_PENDING,
            RebootSignalKind.CBS_PACKAGES_PENDING,
            RebootSignalKind.OTHER,
            RebootSignalKind.OTHER,
            RebootSignalKind.OTHER,
            RebootSignalKind.OTHER,
            RebootSignalKind.CONFIG_MGR_REBOOT_PENDING),
        facts.pendingReboot().signals().stream().map(s -> s.signal()).toList(),
        "UpdateExeVolatile 0 is no marker; the Services\\Pending entry of the service registration"
            + " itself is always there");
    assertTrue(
        facts
            .pendingReboot()
            .signals()
            .get(3)
            .detail()
            .endsWith("9482f4b4-e343-43b6-b170-9a65bc822c77"));
    assertEquals(List.of(), facts.issues());
  }

  @Test
  void aKeyThatCouldNotBeReadIsUnknownEvenInsideACoveredTree() {
    RegistryTree tree =
        RegistryTree.builder()
            .key(RegistryPaths.CBS_PACKAGES)
            .key(RegistryPaths.CBS_VERSION)
            .covered(RegistryPaths.CBS, "registry")
            .unreadable(RegistryPaths.CBS_PACKAGES)
            .build();
    RegistryFacts facts = RegistryFactsMapper.map(tree);
    assertNull(facts.packages(), "access denied is not 'no packages'");
    assertNull(facts.cbsUpdates());
    assertTrue(tree.isCovered(RegistryPaths.CBS_VERSION));
    assertTrue(!tree.isCovered(RegistryPaths.CBS_PACKAGES + "\\Package_for_KB1"));
  }

  @Test
  void installedCbsPackagesBecomeUpdatesDatedByTheirNewestPackage() {
    String a =
        RegistryPaths.CBS_PACKAGES + "\\Package_1_for_KB5048735~31bf3856ad364e35~amd64~~6.3.1.2";
    String b =
        RegistryPaths.CBS_PACKAGES + "\\Package_2_for_KB5048735~31bf3856ad364e35~amd64~~6.3.1.2";
    String c =
        RegistryPaths.CBS_PACKAGES + "\\Package_for_KB4041693~31bf3856ad364e35~amd64~~6.3.1.1";
    String d =
        RegistryPaths.CBS_PACKAGES + "\\Package_for_KB2919355~31bf3856ad364e35~amd64~~6.3.1.14";
    // 2024-12-10T09:30:00Z and 2024-12-11T01:00:00Z as FILETIMEs
    long first =
        (Instant.parse("2024-12-10T09:30:00Z").toEpochMilli() + 11_644_473_600_000L) * 10_000;
    long second =
        (Instant.parse("2024-12-11T01:00:00Z").toEpochMilli() + 11_644_473_600_000L) * 10_000;
    RegistryTree tree =
        RegistryTree.builder()
            .key(RegistryPaths.CBS_PACKAGES)
            .value(a, RegistryValue.dword("CurrentState", 0x70))
            .value(a, RegistryValue.dword("InstallTimeHigh", first >>> 32))
            .value(a, RegistryValue.dword("InstallTimeLow", first & 0xFFFFFFFFL))
            .value(b, RegistryValue.dword("CurrentState", 0x70))
            .value(b, RegistryValue.dword("InstallTimeHigh", second >>> 32))
            .value(b, RegistryValue.dword("InstallTimeLow", second & 0xFFFFFFFFL))
            .value(c, RegistryValue.dword("CurrentState", 0x50))
            .value(d, RegistryValue.dword("CurrentState", 0x70))
            .covered(RegistryPaths.CBS_PACKAGES, "registry")
            .build();
    assertEquals(
        List.of(
            new InstalledUpdate("KB2919355", null, null, UpdateSource.CBS),
            new InstalledUpdate(
                "KB5048735", LocalDate.parse("2024-12-11"), null, UpdateSource.CBS)),
        RegistryFactsMapper.map(tree).cbsUpdates(),
        "superseded packages are not installed updates; no install time, no date");
  }

  @Test
  void safeguardHoldsHealthToolsLastDetectionContentDirAndConfigMgr() {
    String indicators = RegistryPaths.UPGRADE_INDICATORS;
    RegistryTree tree =
        RegistryTree.builder()
            .value(
                indicators + "\\NI22H2", RegistryValue.string("GatedBlockId", "41332279,25178825"))
            .value(indicators + "\\GE24H2", RegistryValue.string("GatedBlockId", "None"))
            .covered(indicators, "registry")
            .value(
                RegistryPaths.UNINSTALL_32 + "\\{1FC1A6C2-576E-489A-9B4A-92D21F542136}",
                RegistryValue.string("DisplayName", "Microsoft Update Health Tools"))
            .value(
                RegistryPaths.UNINSTALL_32 + "\\{1FC1A6C2-576E-489A-9B4A-92D21F542136}",
                RegistryValue.string("DisplayVersion", "5.72.0.0"))
            .value(
                RegistryPaths.WU_DETECT_RESULT,
                RegistryValue.string("LastSuccessTime", "2026-11-19 22:10:03"))
            .value(RegistryPaths.WSUS_SETUP, RegistryValue.string("ContentDir", "D:\\WSUS"))
            .value(
                RegistryPaths.WSUS_SETUP + "\\Installed Role Services",
                RegistryValue.dword("UpdateServices-Services", 2))
            .value(RegistryPaths.SMS_IDENTIFICATION, RegistryValue.string("Site Code", "P01"))
            .value(RegistryPaths.SMS_IDENTIFICATION, RegistryValue.dword("Site Type", 1))
            .covered(RegistryPaths.SMS, "registry")
            .build();
    RegistryFacts facts = RegistryFactsMapper.map(tree);
    assertEquals(List.of("25178825", "41332279"), facts.safeguardHolds());
    assertEquals(new UpdateHealthTools(true, "5.72.0.0"), facts.updateHealthTools());
    assertEquals(
        new LastScan(Instant.parse("2026-11-19T22:10:03Z"), ScanResult.SUCCEEDED, null),
        facts.lastScan());
    assertEquals("D:\\WSUS", facts.wsusSetup().contentDir());
    assertEquals(
        new ConfigMgr(true, null, false), facts.configMgr(), "a server without the console");
  }

  /**
   * WSUS 3.0 (Server 2008 / 2008 R2) has no Installed Role Services key: its Setup key holds
   * InstallType (1 server, 2 console only) and VersionString, as Microsoft's "Appendix G: Detect
   * the Version of WSUS" (technet cc720492) describes. The capture is hand-written from those
   * documented values and the WSUS 3.0 SP2 defaults.
   */
  @Test
  void wsus3RecordsItsRoleAsInstallType() throws Exception {
    RegistryFacts server = RegistryFactsMapper.map(tree(List.of("registry/wsus3-sp2-setup.reg")));
    assertEquals(WsusRole.SERVER, server.wsusSetup().role());
    assertEquals("3.2.7600.226", server.wsusSetup().version());
    assertEquals("D:\\WSUS", server.wsusSetup().contentDir());

    RegistryTree console =
        RegistryTree.builder()
            .value(RegistryPaths.WSUS_SETUP, RegistryValue.dword("InstallType", 2))
            .value(RegistryPaths.WSUS_SETUP, RegistryValue.string("VersionString", "3.2.7600.226"))
            .value(RegistryPaths.SMS_IDENTIFICATION, RegistryValue.dword("Site Type", 1))
            .covered(RegistryPaths.SMS, "registry")
            .covered(RegistryPaths.WSUS_SETUP, "registry")
            .build();
    RegistryFacts facts = RegistryFactsMapper.map(console);
    assertEquals(WsusRole.CONSOLE_ONLY, facts.wsusSetup().role());
    assertEquals(
        new ConfigMgr(true, null, true), facts.configMgr(), "a WSUS 3 console is a console");

    RegistryTree unknownType =
        RegistryTree.builder()
            .value(RegistryPaths.WSUS_SETUP, RegistryValue.dword("InstallType", 7))
            .build();
    assertNull(RegistryFactsMapper.map(unknownType).wsusSetup().role(), "not a documented value");
  }

  @Test
  void healthToolsAbsentOnlyWhereEveryPlaceWasRead() {
    String uhssvc = RegistryPaths.SERVICES + "\\uhssvc";
    RegistryTree none =
        RegistryTree.builder()
            .covered(RegistryPaths.UNINSTALL, "registry")
            .covered(RegistryPaths.UNINSTALL_32, "registry")
            .covered(uhssvc, "registry")
            .covered(RegistryPaths.UPGRADE_INDICATORS, "registry")
            .covered(RegistryPaths.SMS, "registry")
            .build();
    RegistryFacts facts = RegistryFactsMapper.map(none);
    assertEquals(new UpdateHealthTools(false, null), facts.updateHealthTools());
    assertEquals(List.of(), facts.safeguardHolds());
    assertEquals(new ConfigMgr(false, null, null), facts.configMgr());
    RegistryTree serviceOnly =
        RegistryTree.builder().value(uhssvc, RegistryValue.dword("Start", 3)).build();
    assertEquals(
        new UpdateHealthTools(true, null),
        RegistryFactsMapper.map(serviceOnly).updateHealthTools());
    RegistryTree unread = RegistryTree.builder().covered(RegistryPaths.UNINSTALL, "x.reg").build();
    assertNull(RegistryFactsMapper.map(unread).updateHealthTools());
    assertNull(RegistryFactsMapper.map(unread).safeguardHolds());
    assertNull(RegistryFactsMapper.map(unread).configMgr());
  }
}

package org.wuhealth.importers.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.importers.OsFacts;
import org.wuhealth.importers.TestFiles;

class RegistryFactsMapperTest {
  private static final List<String> WSUS01 =
      List.of(
          "registry/currentversion.reg",
          "registry/wu-policy-regedit4.reg",
          "registry/component-based-servicing.reg",
          "registry/session-manager.reg",
          "registry/productoptions-computername.reg",
          "registry/windowsupdate-and-wsus-setup.reg");

  private static RegistryTree tree(List<String> captures) throws Exception {
    RegistryTree.Builder builder = RegistryTree.builder();
    for (String c : captures) {
      RegFileParser.parseInto(builder, c, TestFiles.text(c));
    }
    return builder.build();
  }

  @Test
  void theExportsOfAWsusServer() throws Exception {
    RegistryFacts facts = RegistryFactsMapper.map(tree(WSUS01));
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
        new UpdatePolicy(
            "https://wsus01.corp.example:8531",
            "https://wsus01.corp.example:8531",
            true,
            false,
            4,
            7,
            null,
            null,
            null,
            null,
            null),
        facts.policy());
    assertNull(facts.pause(), "the UX settings were not exported");
    assertEquals("5f6c1c8e-0d8b-4a3c-9a55-2e0f3f8c7b11", facts.susClientId());
    assertEquals(WsusRole.SERVER, facts.wsusRole());
    assertEquals("6.3.9600.18694", facts.wsusVersion());
    assertNull(facts.services(), "no service key was exported");
    assertEquals(1, facts.issues().size());
    assertTrue(
        facts
            .issues()
            .get(0)
            .message()
            .contains("Updates, HKLM\\SYSTEM\\CurrentControlSet\\Services\\Netlogon"),
        facts.issues().toString());
  }

  @Test
  void anExportOfOneKeySaysNothingAboutTheOthers() throws Exception {
    RegistryFacts facts = RegistryFactsMapper.map(tree(List.of("registry/currentversion.reg")));
    assertEquals(9600, facts.os().build());
    assertNull(facts.pendingReboot(), "no restart location was exported: unknown, not none");
    assertNull(facts.policy());
    assertNull(facts.packages());
    assertNull(facts.wsusRole());
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
    assertEquals(
        new UpdatePolicy(null, null, null, null, null, null, null, null, null, null, null),
        facts.policy());
    assertEquals(new PauseState(null, null), facts.pause());
    assertEquals(WsusRole.NONE, facts.wsusRole());
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
}

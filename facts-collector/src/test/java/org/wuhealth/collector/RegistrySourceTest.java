package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.importers.registry.RegistryFacts;
import org.wuhealth.importers.registry.RegistryFactsMapper;
import org.wuhealth.importers.registry.RegistryPaths;

/** The live registry source: raw values in, the importer's registry facts out. */
class RegistrySourceTest {
  private static final String PACKAGE =
      RegistryPaths.CBS_PACKAGES + "\\Package_for_KB5048735~31bf3856ad364e35~amd64~~6.3.1.2";

  private static FakeRegistry wsusServer() {
    return new FakeRegistry()
        .sz(RegistryPaths.CURRENT_VERSION, "ProductName", "Windows Server 2012 R2 Standard")
        .sz(RegistryPaths.CURRENT_VERSION, "CurrentVersion", "6.3")
        .sz(RegistryPaths.CURRENT_VERSION, "CurrentBuild", "9600")
        .dword(RegistryPaths.CURRENT_VERSION, "UBR", 20778)
        .sz(RegistryPaths.CURRENT_VERSION, "InstallationType", "Server")
        .sz(RegistryPaths.PRODUCT_OPTIONS, "ProductType", "ServerNT")
        .sz(RegistryPaths.COMPUTER_NAME, "ComputerName", "WSUS01")
        .sz(RegistryPaths.ACTIVE_COMPUTER_NAME, "ComputerName", "WSUS01")
        .key(RegistryPaths.CBS + "\\RebootPending")
        .dword(PACKAGE, "CurrentState", 0x70)
        .dword(PACKAGE, "InstallTimeHigh", 0x01DB4AE6) // 2024-12-10T09:30:00Z
        .dword(PACKAGE, "InstallTimeLow", 0x156D9C00)
        .sz(PACKAGE, "InstallName", "package.mum")
        .key(
            RegistryPaths.CBS_PACKAGES
                + "\\Microsoft-Windows-Foo-Package~31bf3856ad364e35~amd64~~6.3.9600.16384")
        .multiSz(
            RegistryPaths.SESSION_MANAGER,
            "PendingFileRenameOperations",
            List.of("\\??\\C:\\Windows\\Temp\\old.dll", "", "\\??\\C:\\a.tmp", "\\??\\C:\\a.dll"))
        .sz(RegistryPaths.WSUS_SETUP, "VersionString", "6.3.9600.18694")
        .sz(RegistryPaths.WSUS_SETUP, "ContentDir", "D:\\WSUS")
        .dword(RegistryPaths.WSUS_SETUP + "\\Installed Role Services", "UpdateServices-Services", 2)
        .dword(RegistryPaths.SERVICES + "\\WsusService", "Start", 2);
  }

  @Test
  void keysAreReadAsTheMapperNeedsThemAndAbsentOnesAreFacts() {
    FakeRegistry registry = wsusServer();
    RegistrySource.Result result = RegistrySource.read(registry, RegistryPaths.reads());
    RegistryFacts facts = RegistryFactsMapper.map(result.tree());
    assertEquals(List.of(), result.issues());
    assertEquals(20778, facts.os().ubr());
    assertEquals(
        List.of(
            new CbsPackage(
                "Package_for_KB5048735~31bf3856ad364e35~amd64~~6.3.1.2",
                "KB5048735",
                PackageState.INSTALLED)),
        facts.packages(),
        "only Package_ subkeys are read");
    assertEquals("2024-12-10", facts.cbsUpdates().get(0).installedOn().toString());
    assertEquals(
        List.of(
            RebootSignalKind.CBS_REBOOT_PENDING, RebootSignalKind.PENDING_FILE_RENAME_OPERATIONS),
        facts.pendingReboot().signals().stream().map(s -> s.signal()).toList(),
        "every other marker was looked for and is absent");
    assertTrue(
        facts.pendingReboot().signals().get(1).detail().contains("2 file operations queued"),
        "the empty string after the first file is kept: it means 'delete'");
    assertEquals(List.of(), facts.issues(), "nothing left unchecked");
    assertEquals("D:\\WSUS", facts.wsusSetup().contentDir());
    assertTrue(
        registry.reads.contains(PACKAGE + " [CurrentState, InstallTimeHigh, InstallTimeLow]"),
        registry.reads.toString());
    assertTrue(
        registry.reads.stream().noneMatch(r -> r.contains("Microsoft-Windows-Foo-Package")),
        "feature packages are not opened");
  }

  @Test
  void aKeyDeniedToThisUserIsUnknownWithTheWin32Error() {
    FakeRegistry registry = wsusServer().deny(RegistryPaths.CBS_PACKAGES);
    RegistrySource.Result result = RegistrySource.read(registry, RegistryPaths.reads());
    RegistryFacts facts = RegistryFactsMapper.map(result.tree());
    assertNull(facts.packages());
    assertEquals(
        List.of(
            new CollectionIssue(
                "registry",
                RegistryPaths.CBS_PACKAGES + ": RegOpenKeyEx: Access is denied (Win32 error 5)",
                "0x80070005",
                "packages")),
        result.issues());
    assertEquals(20778, facts.os().ubr(), "the other keys were still read");
    assertEquals(2, facts.pendingReboot().signals().size());
  }

  @Test
  void sectionsFollowTheKeys() {
    assertEquals("pendingReboot", RegistrySource.section(RegistryPaths.SMS_REBOOT_DATA));
    assertEquals("wsus", RegistrySource.section(RegistryPaths.SMS_IDENTIFICATION));
    assertEquals("services", RegistrySource.section(RegistryPaths.SERVICES + "\\BITS"));
    assertEquals("windowsUpdate", RegistrySource.section(RegistryPaths.UPGRADE_INDICATORS));
    assertEquals("windowsUpdate", RegistrySource.section(RegistryPaths.WU_POLICY));
    assertEquals("os", RegistrySource.section(RegistryPaths.CURRENT_VERSION));
    assertEquals("servicingStack", RegistrySource.section(RegistryPaths.CBS_VERSION));
  }
}

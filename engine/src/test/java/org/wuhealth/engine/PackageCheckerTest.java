package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wuhealth.rules.api.PackageCheck;

class PackageCheckerTest {
  @Test
  void packageNamesPathsAndKbNumbersParse() {
    PackageCheck msu =
        PackageChecker.parse("D:\\patches\\Windows8-RT-KB4562252-x64.msu").orElseThrow();
    assertEquals("KB4562252", msu.kb());
    assertEquals("windows8-rt", msu.prefix());
    assertEquals("x64", msu.archToken());
    assertEquals(
        "windows10.0",
        PackageChecker.parse("windows10.0-kb5011048-x86.cab").orElseThrow().prefix());

    PackageCheck kb = PackageChecker.parse(" kb 2919355 ").orElseThrow();
    assertEquals("KB2919355", kb.kb());
    assertNull(kb.packageName());
    assertNull(kb.archToken(), "a KB alone says nothing about the architecture");
  }

  @Test
  void anythingElseIsReportedNotGuessed() {
    assertFalse(PackageChecker.parse("setup.exe").isPresent());
    assertFalse(PackageChecker.parse("windows6.2-kb4562252-x64.msu").isPresent(), "no such prefix");
    assertTrue(PackageChecker.whyUnparseable("setup.exe").startsWith("not an update package name"));
    assertFalse(PackageChecker.whyUnparseable("setup.exe").contains("give KB"));
    assertTrue(PackageChecker.whyUnparseable("WSUS-KB4484071-x64.exe").endsWith("give KB4484071"));
  }
}

package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ServicingStackAgeTest {
  private final Knowledge kb = Knowledge.get();

  private OsRelease release(String id) {
    return kb.os().byId(id).orElseThrow();
  }

  private static InstalledSet installed(String... kbs) {
    Set<String> set = Set.of(kbs);
    return new InstalledSet() {
      @Override
      public boolean has(String k) {
        return set.contains(k);
      }

      @Override
      public Set<String> kbs() {
        return set;
      }

      @Override
      public boolean markedSuperseded(String k) {
        return false;
      }
    };
  }

  @Test
  void aVersionOlderThanAKnownSsuIsOutdated() {
    var age =
        ServicingStackAge.assess(kb, release("ws2012r2"), "6.3.9600.16660", installed())
            .orElseThrow();
    assertEquals("version", age.basis());
    assertEquals("KB5044410", age.latest().kb(), "the latest trusted 2012 R2 SSU");
    assertTrue(age.reason().contains("older than 6.3.9600.20617 that KB5018922"), age.reason());
  }

  @Test
  void aCurrentVersionWinsOverAnIncompleteUpdateList() {
    assertTrue(
        ServicingStackAge.assess(kb, release("ws2012r2"), "6.3.9600.20730", installed()).isEmpty());
    assertTrue(
        ServicingStackAge.assess(kb, release("ws2016"), "10.0.14393.9418", installed()).isEmpty());
  }

  @Test
  void withoutAVersionTheInstalledSsusDecide() {
    var age =
        ServicingStackAge.assess(kb, release("ws2016"), null, installed("KB4565912", "KB5120418"))
            .orElseThrow();
    assertEquals("updates", age.basis());
    assertTrue(age.reason().startsWith("the newest servicing stack update installed is KB4565912"));
    assertTrue(
        ServicingStackAge.assess(kb, release("ws2016"), null, installed("KB5043124")).isEmpty());
    assertTrue(
        ServicingStackAge.assess(kb, release("ws2016"), null, installed("KB5073447")).isEmpty(),
        "a newer SSU from a less trusted row still counts as installed");
    assertTrue(
        ServicingStackAge.assess(kb, release("ws2016"), null, installed())
            .orElseThrow()
            .reason()
            .startsWith("no servicing stack update known for Windows Server 2016 is installed"));
  }

  @Test
  void nothingCanBeSaidWithoutVersionAndUpdateList() {
    assertTrue(ServicingStackAge.assess(kb, release("ws2016"), null, null).isEmpty());
    assertTrue(
        ServicingStackAge.assess(kb, release("ws2016"), "not a version", null).isEmpty(),
        "an unreadable version is ignored, not compared");
  }

  @Test
  void aVersionOfAnotherBuildIsIgnored() {
    assertTrue(ServicingStackAge.assess(kb, release("ws2012r2"), "10.0.14393.100", null).isEmpty());
  }

  @Test
  void combinedSsuReleasesAreNeverJudgedOnAge() {
    assertTrue(ServicingStackAge.assess(kb, release("ws2022"), null, installed()).isEmpty());
    assertTrue(
        ServicingStackAge.assess(kb, release("ws2025"), "10.0.26100.1", installed()).isEmpty());
  }
}

package org.wuhealth.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.importers.HostIdentity;
import org.wuhealth.inputs.HostGrouping.Candidate;
import org.wuhealth.inputs.HostGrouping.Result;

class HostGroupingTest {
  private final List<Candidate> files = new ArrayList<>();

  private void file(String path, String host, Integer build) {
    List<String> folders = new ArrayList<>();
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      folders.add(path.substring(0, slash));
    }
    Architecture arch = build == null ? null : Architecture.X64;
    files.add(new Candidate(files.size(), path, folders, new HostIdentity(host, build, arch)));
  }

  /** Each group as its files' names, in order. */
  private List<List<String>> groups(Result r) {
    return r.groups().stream()
        .map(g -> g.members().stream().map(Candidate::display).toList())
        .toList();
  }

  @Test
  void namesWordsAndStems() {
    assertTrue(HostGrouping.startsWithWord("SRV01-qfe", "srv01"));
    assertTrue(HostGrouping.startsWithWord("SRV01", "SRV01"));
    assertFalse(HostGrouping.startsWithWord("SRV010-qfe", "SRV01"));
    assertEquals("SRV01-qfe", HostGrouping.baseName("share/x.zip!/logs/SRV01-qfe.txt"));
    assertEquals("srv_2012r2_u1", HostGrouping.stem("srv_2012r2_u1_qfe"));
    assertNull(HostGrouping.stem("a_qfe"), "too short to tell hosts apart");
    assertNull(HostGrouping.stem("qfe"));
  }

  @Test
  void theSameNameAtAnotherBuildIsAnotherHost() {
    file("f/a.txt", "SRV01", 9600);
    file("f/b.txt", "srv01", 9600);
    file("f/c.txt", "SRV01", 14393);
    assertEquals(List.of(List.of("f/a.txt", "f/b.txt"), List.of("f/c.txt")), groups(group()));
  }

  @Test
  void aListNamingItsHostJoinsItAndOneNamingAnUnknownHostIsAHostOfItsOwn() {
    file("f/SRV01.txt", "SRV01", 9600);
    file("f/qfe-a.csv", "SRV01", null);
    file("f/qfe-b.csv", "SRV02", null);
    assertEquals(
        List.of(List.of("f/SRV01.txt", "f/qfe-a.csv"), List.of("f/qfe-b.csv")), groups(group()));
  }

  @Test
  void anExportWithABuildButNoNameIsAHostOfItsOwnInAFolderOfSeveral() {
    file("f/a.txt", "SRV01", 9600);
    file("f/b.txt", "SRV02", 9600);
    file("f/anonymous.txt", null, 9600);
    file("g/SRV03.txt", "SRV03", 17763);
    file("g/CurrentVersion.reg", null, 17763);
    Result r = group();
    assertEquals(
        List.of(
            List.of("f/a.txt"),
            List.of("f/b.txt"),
            List.of("f/anonymous.txt"),
            List.of("g/SRV03.txt", "g/CurrentVersion.reg")),
        groups(r));
    assertEquals(List.of(), r.ambiguous());
  }

  @Test
  void filesThatNameNothingAndFindNoHostAreOneHost() {
    file("logs/CBS.log", null, null);
    file("logs/WindowsUpdate.log", null, null);
    assertEquals(List.of(List.of("logs/CBS.log", "logs/WindowsUpdate.log")), groups(group()));
  }

  @Test
  void theNearestFolderWithAHostDecides() {
    file("share/SRV01/systeminfo.txt", "SRV01", 9600);
    file("share/SRV01/logs/CBS.log", null, null);
    file("share/SRV02.txt", "SRV02", 9600);
    file("share/notes/CBS.log", null, null);
    Result r = group();
    assertEquals(
        List.of(
            List.of("share/SRV01/systeminfo.txt", "share/SRV01/logs/CBS.log"),
            List.of("share/SRV02.txt")),
        groups(r));
    assertEquals("share/notes/CBS.log", r.ambiguous().get(0).file().display());
  }

  private Result group() {
    return HostGrouping.group(files);
  }
}

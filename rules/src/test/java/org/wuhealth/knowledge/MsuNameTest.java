package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wuhealth.facts.Architecture;

class MsuNameTest {
  @ParameterizedTest
  @CsvSource({
    "windows8.1-kb2919355-x64_e6f4da4d33564419065a7370865faacf9b40ff72.msu, windows8.1, 6.3, KB2919355, x64, msu",
    "Windows8-RT-KB4562252-x64.msu, windows8-rt, 6.2, KB4562252, x64, msu",
    "windows10.0-kb5011048-x86_a5e2ebb5c1b0d5ec8d3b5e1f7b7f9c0c5f0b6a1d.msu, windows10.0, 10.0, KB5011048, x86, msu",
    "windows11.0-kb5043080-x64_953449672073f8fb99badb4cc6d5d7849b9c83e8.msu, windows11.0, 10.0, KB5043080, x64, msu",
    "Windows6.1-KB2533552-v2-x64.msu, windows6.1, 6.1, KB2533552, x64, msu",
    "windows6.0-kb4493730-x86.msu, windows6.0, 6.0, KB4493730, x86, msu",
    "Windows10.0-KB5006674-arm64.cab, windows10.0, 10.0, KB5006674, arm64, cab",
    "windows8.1-kb2919355-arm_a6119d3e5ddd1a233a09dd79d91067de7b826f85.msu, windows8.1, 6.3, KB2919355, arm, msu",
    "windows11.0-kb5087051-x64-ndp481_3c2b7d5e1a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d.msu, windows11.0, 10.0, KB5087051, x64, msu",
    "C:\\\\patches\\\\WINDOWS8.1-KB3173424-X64.MSU, windows8.1, 6.3, KB3173424, x64, msu"
  })
  void parsesCatalogAndDownloadCenterNames(
      String name, String prefix, String nt, String kb, String arch, String extension) {
    MsuName m = MsuName.parse(name).orElseThrow();
    assertEquals(prefix, m.prefix());
    assertEquals(nt, m.ntVersion());
    assertEquals(kb, m.kb());
    assertEquals(arch, m.archToken());
    assertEquals(extension, m.extension());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "WSUS-KB4039929-x64.exe",
        "windows8.1-kb2919355.msu",
        "KB2919355.msu",
        "Cumulative Update for Windows Server 2016 (KB5120418)",
        "windows9.0-kb1234567-x64.msu",
        ""
      })
  void refusesWhatIsNotAPackageName(String name) {
    assertTrue(MsuName.parse(name).isEmpty(), name);
  }

  @Test
  void armHasNoFactModelArchitectureButAmd64IsX64() {
    assertEquals(
        Optional.empty(),
        MsuName.parse("windows8.1-kb2919355-arm.msu").orElseThrow().architecture());
    assertEquals(
        Optional.of(Architecture.X64),
        MsuName.parse("windows10.0-kb5011048-amd64.cab").orElseThrow().architecture());
  }
}

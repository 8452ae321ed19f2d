package org.wuhealth.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KbAndHResultTest {
  @Test
  void kbSpellingsNormalise() {
    assertEquals(Optional.of("KB2919355"), Kb.normalize("kb2919355"));
    assertEquals(Optional.of("KB2919355"), Kb.normalize("2919355"));
    assertEquals(Optional.of("KB2919355"), Kb.normalize(" KB 2919355 "));
    assertEquals(Optional.empty(), Kb.normalize("File 1"));
    assertEquals(Optional.empty(), Kb.normalize("{5E1F2B3C-0000}"));
    assertEquals(2919355L, Kb.number("KB2919355"));
  }

  @Test
  void errorCodesHaveOneCanonicalForm() {
    assertEquals(Optional.of("0x80240017"), HResult.canonical("0x80240017"));
    assertEquals(Optional.of("0x80240017"), HResult.canonical("0X80240017"));
    assertEquals(Optional.of("0x80240017"), HResult.canonical("80240017"));
    assertEquals(Optional.of("0x80240017"), HResult.canonical("-2145124329"));
    assertEquals(Optional.of("0x80240017"), HResult.canonical("2149842967"));
    assertEquals(Optional.of("0x0000274C"), HResult.canonical("10060"));
    assertEquals(Optional.of("0x00240006"), HResult.canonical("0x240006"));
    assertEquals(Optional.empty(), HResult.canonical("4294967296"));
    assertEquals(Optional.empty(), HResult.canonical("error"));
  }
}

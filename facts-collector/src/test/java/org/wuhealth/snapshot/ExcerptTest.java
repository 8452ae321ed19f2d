package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void shortTextIsQuotedWhole() {
    assertEquals("\"2026-02-30\"", Excerpt.quote("2026-02-30"));
  }

  @Test
  void longTextIsCutByCodePointsOnItsFirstLine() {
    assertEquals(
        "\"Windows Server 2019 Data...\"", Excerpt.quote("Windows Server 2019 Datacenter\nline 2"));
    String emoji = "\uD83D\uDE00".repeat(30);
    assertEquals("\"" + "\uD83D\uDE00".repeat(24) + "...\"", Excerpt.quote(emoji));
  }

  @Test
  void credentialsShowFourCharacters() {
    assertEquals("\"ghp_...\" (masked)", Excerpt.quote("ghp_R2d2C3poBb8Yoda1234567890LukeLeia42"));
    assertEquals("\"AKIA...\" (masked)", Excerpt.quote("AKIAIOSFODNN7EXAMPLE"));
    assertEquals("\"eyJh...\" (masked)", Excerpt.quote("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc"));
    assertEquals("\"----...\" (masked)", Excerpt.quote("-----BEGIN RSA PRIVATE KEY-----"));
    assertEquals("\"q8Zk...\" (masked)", Excerpt.quote("q8Zk3mP0x7Lw2Rt9Yv4Bn6Jd1Hs5Gf"));
  }

  @Test
  void quotedPartsOfAParserMessageAreMasked() {
    assertEquals(
        "The element type \"ghp_...\" (masked) must be terminated by the matching end-tag \"</a>\".",
        Excerpt.maskQuoted(
            "The element type \"ghp_R2d2C3poBb8Yoda1234567890LukeLeia42\" must be terminated by"
                + " the matching end-tag \"</a>\"."));
  }

  @Test
  void memberNamesThatLookLikeCredentialsAreMasked() {
    assertEquals("build", Excerpt.name("build"));
    assertEquals("ghp_...(masked)", Excerpt.name("ghp_R2d2C3poBb8Yoda1234567890LukeLeia42"));
  }
}

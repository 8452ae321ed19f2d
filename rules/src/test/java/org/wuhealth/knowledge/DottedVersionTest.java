package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DottedVersionTest {
  @Test
  void comparesPartsAsNumbers() {
    assertTrue(DottedVersion.isBelow("3.2.7600.274", "3.2.7600.283"));
    assertFalse(DottedVersion.isBelow("3.2.7600.1000", "3.2.7600.283"), "not a text comparison");
    assertFalse(DottedVersion.isBelow("3.2.7600.283", "3.2.7600.283"));
    assertEquals(DottedVersion.parse("3.2").orElseThrow(), DottedVersion.parse("3.2.0").get());
    assertEquals(
        DottedVersion.parse("3.2").orElseThrow().hashCode(),
        DottedVersion.parse("3.2.0").orElseThrow().hashCode());
  }

  @Test
  void textThatIsNoVersionIsNeverBelow() {
    assertTrue(DottedVersion.parse("3.2.x").isEmpty());
    assertTrue(DottedVersion.parse(null).isEmpty());
    assertTrue(DottedVersion.parse("99999999999.1").isEmpty());
    assertFalse(DottedVersion.isBelow("unknown", "3.2.7600.283"));
  }
}

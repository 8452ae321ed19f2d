package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
  @Test
  void gibIsBinaryAndPrintedWithOneDecimal() {
    assertEquals(2_147_483_648L, ByteSize.gib(2));
    assertEquals(10_737_418_240L, ByteSize.gib(10));
    assertEquals("1.4 GiB", ByteSize.inGib(1_503_238_553L));
    assertEquals("0.0 GiB", ByteSize.inGib(0));
  }
}

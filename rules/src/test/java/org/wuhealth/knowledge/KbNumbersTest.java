package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KbNumbersTest {
  @Test
  void growsPastItsExpectedSizeAndKeepsEachKbBesideItsNumber() {
    KbNumbers.Builder builder = new KbNumbers.Builder(1);
    for (int i = 1; i <= 1_000; i++) {
      builder.add("KB" + (5_000_000 + i * 7 % 1_000));
    }
    KbNumbers numbers = builder.build();
    assertEquals(1_000, numbers.size());
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals("KB" + numbers.number(i), numbers.kb(i));
    }
    assertEquals(5_000_999, numbers.highest());
  }

  @Test
  void plusAddsToACopy() {
    KbNumbers installed = KbNumbers.of(List.of("KB890830", "KB5034439"));
    KbNumbers withPending = installed.plus(List.of("KB5035845"));
    assertEquals(2, installed.size());
    assertEquals(5034439, installed.highest());
    assertEquals(3, withPending.size());
    assertEquals("KB5035845", withPending.kb(2));
    assertEquals(5035845, withPending.highest());
    assertEquals(0, KbNumbers.of(List.of()).highest());
  }
}

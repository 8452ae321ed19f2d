package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The KB set's own sort against plain string order, on the spellings hosts list and others. */
class SortedKbsTest {
  @Test
  void sortsAsStringsDo() {
    SplittableRandom random = new SplittableRandom(18);
    for (int round = 0; round < 2_000; round++) {
      Set<String> kbs = new HashSet<>();
      int count = random.nextInt(300);
      for (int i = 0; i < count; i++) {
        kbs.add("KB" + digits(random, 1 + random.nextInt(8)));
      }
      if (round % 10 == 0) {
        // a spelling the number form cannot hold: the fallback sorts the same
        kbs.add(round % 20 == 0 ? "KB123456789" : "KB12a");
      }
      assertArrayEquals(new TreeSet<>(kbs).toArray(), SortedKbs.inTextOrder(kbs), kbs.toString());
    }
  }

  @Test
  void aShorterNumberComesBeforeTheLongerOneItBegins() {
    Set<String> kbs = Set.of("KB120", "KB12", "KB1200", "KB13", "KB0", "KB00", "KB99999999");
    assertEquals(
        List.of("KB0", "KB00", "KB12", "KB120", "KB1200", "KB13", "KB99999999"),
        new ArrayList<>(new SortedKbs(kbs)));
  }

  @Test
  void looksUpWithoutSorting() {
    SortedKbs kbs = new SortedKbs(Set.of("KB5001", "KB890830"));
    assertTrue(kbs.contains("KB890830"));
    assertEquals(2, kbs.size());
    assertEquals(new TreeSet<>(Set.of("KB5001", "KB890830")), kbs);
  }

  private static String digits(SplittableRandom random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }
}

package org.wuhealth.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextColumnTest {
  @Test
  void givesBackEveryTextAndNullBeyondItsFirstSize() {
    TextColumn column = new TextColumn(1, 1);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      texts.add(i % 7 == 3 ? null : i % 5 == 0 ? "" : "srv-" + i + (i % 2 == 0 ? "-ÄÖ語" : ""));
    }
    texts.forEach(column::add);
    assertEquals(50, column.size());
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(texts.get(i), column.get(i), "row " + i);
    }
    assertNull(column.get(3));
  }

  @Test
  void ordersNullFirstThenByCodePoint() {
    TextColumn column = new TextColumn(4, 8);
    column.add("b");
    column.add(null);
    column.add("a\uD83D\uDE00");
    column.add("a\uFFFD");
    column.add("b");
    assertTrue(column.compare(1, 0) < 0);
    assertTrue(column.compare(0, 1) > 0);
    // UTF-8 byte order is code point order: U+1F600 after U+FFFD, unlike String.compareTo
    assertTrue(column.compare(2, 3) > 0);
    assertTrue(column.same(0, 4));
    assertFalse(column.same(0, 2));
  }

  @Test
  void asListIsAnUnmodifiableViewOfTheRowsSoFar() {
    TextColumn column = new TextColumn(2, 4);
    column.add("a");
    column.add(null);
    List<String> view = column.asList();
    assertEquals(Arrays.asList("a", null), view);
    column.add("c");
    assertEquals(2, view.size());
    assertThrows(IndexOutOfBoundsException.class, () -> view.get(2));
    assertThrows(UnsupportedOperationException.class, () -> view.add("d"));
  }
}

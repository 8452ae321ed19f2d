package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {
  @Test
  void distanceCountsEditsAndSwapsOfNeighbours() {
    assertEquals(1, Spelling.distance("kb", "kbb"));
    assertEquals(3, Spelling.distance("kitten", "sitting"));
    assertEquals(1, Spelling.distance("tset", "test"));
  }

  @Test
  void theClosestNameWithinAThirdOfTheWordIgnoringCase() {
    List<String> commands = List.of("analyze", "batch", "collect", "import", "scan");
    assertEquals(Optional.of("analyze"), Spelling.closest("analyse", commands));
    assertEquals(Optional.of("analyze"), Spelling.closest("ANALYZE", commands));
    assertEquals(Optional.empty(), Spelling.closest("report", commands));
    assertEquals(Optional.of("test"), Spelling.closest("tset", List.of("test", "list", "new")));
    assertEquals(
        "; did you mean STOPPED?", Spelling.didYouMean("STOPED", List.of("STOPPED", "STARTED")));
    assertEquals("", Spelling.didYouMean("PAUSED", List.of("STOPPED", "STARTED")));
  }
}

package org.wuhealth.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a requirement is met is tested with the skipped checks of every report's golden file. */
class RequirementTest {
  @Test
  void eitherPathWillDo() {
    Requirement r = Requirement.parse("updates | packages");
    assertEquals(List.of("updates", "packages"), r.paths());
    assertEquals("updates or packages", r.describe());
    assertEquals("updates | packages", r.text());
    assertEquals(List.of("os.build"), Requirement.parse("os.build").paths());
  }
}

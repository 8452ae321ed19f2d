package org.wuhealth.rules.catalog;

import java.nio.file.Path;

/**
 * A snapshot file next to a rule: {@code fires-*.json} must make the rule fire, {@code ok-*.json}
 * must not (at least one of them is a near miss: the symptom without this cause). The folder's
 * {@code tests.yml} may say more about a fixture ({@link CaseExpectation}).
 */
public record Fixture(Path path, boolean expectFires, CaseExpectation expectation) {
  public String name() {
    return path.getFileName().toString();
  }
}

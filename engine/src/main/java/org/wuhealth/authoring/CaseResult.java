package org.wuhealth.authoring;

import java.util.List;
import org.wuhealth.engine.Finding;

/**
 * The outcome of one test case: a fixture of a rule folder, or a derived "without PATH" case that
 * checks the rule stays quiet when a fact it requires was not collected.
 *
 * @param checks what the case expected and what happened, check by check
 * @param findings what the engine produced (for the side-by-side diff and coverage)
 * @param message why the case errored or was skipped, else null
 */
public record CaseResult(
    String ruleId,
    String name,
    String fixture,
    Status status,
    List<Check> checks,
    List<Finding> findings,
    String message,
    long millis) {

  public enum Status {
    PASS,
    FAIL,
    ERROR,
    SKIPPED
  }

  /** One expectation and what actually happened. */
  public record Check(String expected, String actual, boolean ok) {}

  public CaseResult {
    checks = List.copyOf(checks);
    findings = List.copyOf(findings);
  }

  /** What went wrong, one line per failed check. */
  public List<String> problems() {
    return checks.stream().filter(c -> !c.ok()).map(Check::actual).toList();
  }

  /** The case as shown to people: the rule folder, the fixture, and "without PATH" if derived. */
  public String label() {
    return fixture.substring(0, fixture.lastIndexOf('/') + 1) + name;
  }

  public boolean fired(String id) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(id));
  }
}

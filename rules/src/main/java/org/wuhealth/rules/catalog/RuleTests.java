package org.wuhealth.rules.catalog;

import java.util.Map;

/**
 * A rule folder's optional {@code tests.yml}: per-fixture expectations, a reason to disable the
 * whole folder's tests, or a focus flag.
 */
public record RuleTests(String disabled, Boolean focus, Map<String, CaseExpectation> cases) {
  public static final RuleTests NONE = new RuleTests(null, null, Map.of());

  public RuleTests {
    cases = cases == null ? Map.of() : Map.copyOf(cases);
  }

  public boolean isFocused() {
    return Boolean.TRUE.equals(focus);
  }
}

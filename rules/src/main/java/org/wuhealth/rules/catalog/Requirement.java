package org.wuhealth.rules.catalog;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.wuhealth.rules.api.Coverage;

/**
 * Facts a rule needs: snapshot paths of which any one will do. The one reader of the grammar of
 * {@code rule.yml}'s {@code requires} ({@code "updates|packages"}); every other place works on
 * {@link #paths}.
 *
 * @param text as written, which reports show ({@code "updates|packages"})
 * @param paths the alternatives, trimmed
 */
public record Requirement(String text, List<String> paths) implements Serializable {
  public Requirement {
    paths = List.copyOf(paths);
  }

  public static Requirement parse(String text) {
    return new Requirement(text, Arrays.stream(text.split("\\|")).map(String::trim).toList());
  }

  /** True when one of the paths was collected. */
  public boolean metBy(Coverage coverage) {
    for (String path : paths) {
      if (coverage.has(path)) {
        return true;
      }
    }
    return false;
  }

  /** For people: "updates or packages". */
  public String describe() {
    return String.join(" or ", paths);
  }

  @Override
  public String toString() {
    return text;
  }
}

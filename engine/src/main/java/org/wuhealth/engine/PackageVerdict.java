package org.wuhealth.engine;

import java.util.List;
import java.util.Locale;
import org.wuhealth.rules.api.PackageCheck;

/**
 * The answer for one package: will it install on this host, and if not, why.
 *
 * @param input the name or path as the user gave it
 * @param check what wuhealth understood of it, or null when it could not be parsed
 * @param causes the findings that explain a "not applicable", ranked
 * @param notChecked checks that could not run for this package, one sentence each
 * @param problem why the input could not be parsed, or null
 */
public record PackageVerdict(
    String input,
    PackageCheck check,
    Verdict verdict,
    List<Finding> causes,
    List<String> notChecked,
    String problem) {

  /** The outcome, worst first. */
  public enum Verdict {
    /** A known cause keeps it from installing. */
    NOT_APPLICABLE,
    /** No known cause found, but some checks could not run. */
    UNKNOWN,
    /** Every check ran and none found a cause. */
    APPLICABLE,
    /** The input is not a package name or KB number; nothing was checked. */
    UNPARSEABLE;

    /** "not-applicable", as in the JSON report. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public PackageVerdict {
    causes = List.copyOf(causes);
    notChecked = List.copyOf(notChecked);
  }
}

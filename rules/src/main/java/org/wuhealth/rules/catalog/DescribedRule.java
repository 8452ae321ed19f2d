package org.wuhealth.rules.catalog;

import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Severity;

/**
 * A rule as its {@code rule.yml} describes it, parsed once into {@link RuleMetadata}: a rule folder
 * and what a compiled rule base keeps of it both answer these from the same metadata.
 */
public interface DescribedRule {
  RuleMetadata metadata();

  default String id() {
    return metadata().id();
  }

  default Severity severity() {
    return metadata().severity();
  }

  default Confidence confidence() {
    return metadata().confidence();
  }
}

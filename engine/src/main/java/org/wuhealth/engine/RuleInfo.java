package org.wuhealth.engine;

import java.io.Serializable;
import org.wuhealth.rules.catalog.DescribedRule;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.rules.catalog.RuleMetadata;

/**
 * What a compiled rule base keeps about each rule: its metadata, where its DRL came from, and its
 * catalogue position (the third ranking key). Unlike a rule folder it carries no files, so it can
 * be stored with a precompiled rule base.
 */
public record RuleInfo(RuleMetadata metadata, String sourceName, int order)
    implements DescribedRule, Serializable {

  static RuleInfo of(RuleDefinition definition) {
    return new RuleInfo(definition.metadata(), definition.sourceName(), definition.order());
  }
}

package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.wuhealth.facts.AllowedValues;
import org.wuhealth.facts.Const;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.Matches;
import org.wuhealth.facts.Range;
import org.wuhealth.facts.Required;
import org.wuhealth.facts.WireFormat;

/**
 * What the schema says about each member beyond what binding it already checks, read from the same
 * annotations the schema is generated from ({@link Required}, {@link Matches}, {@link Range},
 * {@link AllowedValues}, {@link Const}) and from the formats of KB numbers and error codes (times
 * and dates are checked by reading them, see {@link Reading}). The reader's fast path checks these
 * while it binds, so a document it accepts is one the schema accepts; the schema validator runs
 * only to explain a document the fast path refused.
 *
 * <p>The rules are conservative where the schema's ECMA-262 patterns and Java's readers could
 * differ: a formatted text with a control, non-ASCII or no-break character, or a time or date not
 * in the usual form ({@link IsoTimes}), is left to the slow path, which decides as before. {@code
 * BindingRulesTest} compares the fast path with the schema validator on every sample, golden
 * snapshot and a mutation of each member.
 */
final class BindingRules {
  /** One check of a member's JSON value, which is present and not null. */
  interface Check {
    boolean accepts(JsonNode value);
  }

  /**
   * One member's rule: whether the document must give it, and the checks of its value ({@link
   * #checksValue} false when there are none, so that a binder need not build a node for them).
   */
  static final class Rule {
    private final boolean required;
    private final Check[] checks;

    private Rule(boolean required, Check[] checks) {
      this.required = required;
      this.checks = checks;
    }

    boolean required() {
      return required;
    }

    boolean checksValue() {
      return checks.length > 0;
    }

    /** {@code value} is the member's JSON value, null when it is missing. */
    boolean accepts(JsonNode value) {
      if (value == null || value.isNull()) {
        return !required;
      }
      for (Check check : checks) {
        if (!check.accepts(value)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final ClassValue<Rule[]> RULES =
      new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected Rule[] computeValue(Class<?> type) {
          return FactPaths.members((Class<? extends Record>) type).stream()
              .map(BindingRules::rule)
              .toArray(Rule[]::new);
        }
      };

  private BindingRules() {}

  /** The rules of {@code type}'s members, in {@link FactPaths#members} order. */
  static Rule[] of(Class<? extends Record> type) {
    return RULES.get(type);
  }

  private static Rule rule(FactPaths.Member m) {
    var c = m.component();
    boolean required = c.isAnnotationPresent(Required.class) || c.getType().isPrimitive();
    List<Check> checks = new ArrayList<>();
    WireFormat format = c.getAnnotation(WireFormat.class);
    // Times and dates need no check here: their Reading parses them with IsoTimes, which refuses
    // any form but the usual ones, and the binder leaves the document to the slow path then.
    // Checking them again cost a node and a second parse for each of a host's few hundred dates.
    if (format != null && format.value() != WireFormat.Form.DATE_OR_INSTANT) {
      checks.add(BindingRules::plainIfText);
    }
    Matches matches = c.getAnnotation(Matches.class);
    if (matches != null) {
      Pattern pattern = Pattern.compile(matches.value());
      checks.add(node -> plainIfText(node) && (!node.isTextual() || find(pattern, node)));
    }
    Range range = c.getAnnotation(Range.class);
    // an annotation's members are read here, once: each call on one goes through its proxy
    if (range != null) {
      long min = range.min();
      long max = range.max();
      checks.add(node -> within(node, min, max));
    }
    Const constant = c.getAnnotation(Const.class);
    if (constant != null) {
      long value = constant.value();
      checks.add(node -> within(node, value, value));
    }
    AllowedValues allowed = c.getAnnotation(AllowedValues.class);
    if (allowed != null) {
      Set<String> values = Set.of(allowed.value());
      checks.add(node -> allowedItems(node, values));
    }
    return new Rule(required, checks.toArray(Check[]::new));
  }

  private static boolean find(Pattern pattern, JsonNode node) {
    return pattern.matcher(node.textValue()).find();
  }

  /**
   * Printable ASCII only, where Java's and ECMA-262's patterns read the same: their {@code \s},
   * {@code $} and case rules differ only outside it, and {@code String.trim} removes controls.
   */
  private static boolean plainIfText(JsonNode node) {
    if (!node.isTextual()) {
      return true;
    }
    String text = node.textValue();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x20 || ch > 0x7e) {
        return false;
      }
    }
    return true;
  }

  /** An integer within the bounds; other values are left to binding, which refuses them. */
  private static boolean within(JsonNode node, long min, long max) {
    if (!node.isNumber()) {
      return true;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      return false;
    }
    long value = node.longValue();
    return value >= min && value <= max;
  }

  private static boolean allowedItems(JsonNode node, Set<String> values) {
    if (node.isTextual()) {
      return values.contains(node.textValue());
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.isTextual() && !values.contains(item.textValue())) {
          return false;
        }
      }
    }
    return true;
  }
}

package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wuhealth.facts.WireValue;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.FactTypes;
import org.wuhealth.rules.api.Symptom;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * No rule is ever silent on unknown facts. Every rule of the catalogue (host and fleet) is fed each
 * of its {@code fires-*} fixtures with one fact made unknown at a time, in the two ways the
 * snapshot format says "unknown": a member removed (every member, at every depth, of the objects of
 * the snapshot, except the members of policy sections, where missing means "not set"), and an enum
 * value set to "Unknown" (a service's state or start type, a site's state, the store's health). The
 * rule must then still fire, never more confident than with the fact known, or be listed as not
 * checked. A mutation the format itself refuses (os.build) is skipped.
 */
class UnknownFactsMetaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SnapshotReader READER = new SnapshotReader();
  private static final Analyzer ANALYZER = TestRules.analyzer();

  /**
   * Sections whose members are policy values: a member that is missing there is a policy not set
   * (the key was read and holds no such value), which is known, not unknown. Only the whole section
   * missing is unknown.
   */
  private static final Set<String> POLICY_SECTIONS =
      Set.of("windowsUpdate.policy", "windowsUpdate.pause");

  /** Identity and bookkeeping of a snapshot, not facts a rule judges. */
  private static final Set<String> NOT_FACTS =
      Set.of("schemaVersion", "collectedAt", "collector", "host", "provenance", "collectionIssues");

  /**
   * The enum values that have an "Unknown" sibling: what a collector writes when it cannot tell.
   */
  private static final Set<String> KNOWN_ENUM_VALUES = knownEnumValues();

  @TestFactory
  Stream<DynamicTest> noRuleIsSilentOnAnUnknownFact() {
    List<RuleDefinition> rules = TestRules.catalog().rules();
    assertFalse(rules.isEmpty());
    return rules.stream()
        .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> assertNeverSilent(rule)));
  }

  private static void assertNeverSilent(RuleDefinition rule) throws IOException, InputException {
    List<String> silent = new ArrayList<>();
    for (Fixture fixture : rule.fixtures()) {
      if (!fixture.expectFires() || fixture.expectation().disabled() != null) {
        continue;
      }
      Outcome known = run(rule, fixture, doc -> {});
      if (!known.fired()) {
        continue; // RuleFixturesTest reports a fires- fixture that does not fire
      }
      JsonNode first = JSON.readTree(Files.readString(fixture.snapshots().get(0)));
      // each mutation is an analysis of its own; the analyzer is thread-safe
      mutations(first).parallelStream()
          .map(m -> verdict(rule, fixture, m, known))
          .filter(v -> v != null)
          .sorted()
          .forEachOrdered(silent::add);
    }
    assertEquals(List.of(), silent, rule.id() + " is silent on unknown facts");
  }

  /** Why the rule is silent with {@code m}'s fact unknown, or null when it is not. */
  private static String verdict(RuleDefinition rule, Fixture fixture, Mutation m, Outcome known) {
    Outcome unknown;
    try {
      unknown = run(rule, fixture, m.edit());
    } catch (InputException e) {
      return null; // the format requires this member: it cannot be unknown
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (unknown.skipped()) {
      return null;
    }
    if (!unknown.fired()) {
      return fixture.name() + " with " + m.name() + ": neither fires nor is not checked";
    }
    if (unknown.confidence().compareTo(known.confidence()) < 0) {
      return fixture.name()
          + " with "
          + m.name()
          + ": more confident ("
          + unknown.confidence().label()
          + ") than with it known ("
          + known.confidence().label()
          + ")";
    }
    return null;
  }

  /** What the rule did with one version of the fixture. */
  private record Outcome(boolean fired, boolean skipped, Confidence confidence) {}

  /** One fact made unknown, in every snapshot of the fixture. */
  private record Mutation(String name, Consumer<ObjectNode> edit) {}

  private static Outcome run(RuleDefinition rule, Fixture fixture, Consumer<ObjectNode> edit)
      throws IOException, InputException {
    if (rule.isFleet()) {
      FleetAnalyzer.Result r;
      try {
        r = FleetRuleFixturesTest.runFleet(fixture, edit);
      } catch (InputException | IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return outcome(rule, r.findings(), r.skipped());
    }
    ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(fixture.path()));
    edit.accept(doc);
    SnapshotReader.Loaded loaded = READER.read(fixture.name(), JSON.writeValueAsBytes(doc));
    Symptom symptom = rule.metadata().symptom();
    Analyzer.Options options =
        rule.metadata().isTriggeredBySymptom() && symptom.declarable()
            ? Analyzer.Options.DEFAULT.withSymptoms(List.of(symptom.label()))
            : Analyzer.Options.DEFAULT;
    AnalysisResult r = ANALYZER.analyze(fixture.name(), loaded.snapshot(), List.of(), options);
    return outcome(rule, r.findings(), r.skipped());
  }

  private static Outcome outcome(
      RuleDefinition rule, List<Finding> findings, List<SkippedCheck> skipped) {
    Confidence best =
        findings.stream()
            .filter(f -> f.ruleId().equals(rule.id()))
            .map(Finding::confidence)
            .min(Comparator.naturalOrder())
            .orElse(null);
    return new Outcome(
        best != null, skipped.stream().anyMatch(s -> s.ruleId().equals(rule.id())), best);
  }

  /** Every member of every object (not inside lists) removed; every list item's enum unknown. */
  private static List<Mutation> mutations(JsonNode doc) {
    List<Mutation> all = new ArrayList<>();
    collect(doc, new ArrayList<>(), all);
    return all;
  }

  private static void collect(JsonNode node, List<Object> at, List<Mutation> all) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (at.isEmpty() && NOT_FACTS.contains(field.getKey())) {
        continue;
      }
      List<Object> path = new ArrayList<>(at);
      path.add(field.getKey());
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      all.add(new Mutation("no " + dotted(path), doc -> remove(doc, path)));
      if (value.isTextual() && KNOWN_ENUM_VALUES.contains(value.asText())) {
        all.add(new Mutation(dotted(path) + " Unknown", doc -> set(doc, path, "Unknown")));
      }
      if (value.isObject() && !POLICY_SECTIONS.contains(dotted(path))) {
        collect(value, path, all);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          JsonNode item = value.get(i);
          if (!item.isObject()) {
            continue;
          }
          Iterator<Map.Entry<String, JsonNode>> members = item.fields();
          while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isTextual()
                && KNOWN_ENUM_VALUES.contains(member.getValue().asText())) {
              List<Object> itemPath = new ArrayList<>(path);
              itemPath.add(i);
              itemPath.add(member.getKey());
              all.add(
                  new Mutation(
                      dotted(itemPath) + " Unknown", doc -> set(doc, itemPath, "Unknown")));
            }
          }
        }
      }
    }
  }

  private static String dotted(List<Object> path) {
    StringBuilder s = new StringBuilder();
    for (Object p : path) {
      if (p instanceof Integer i) {
        s.append('[').append(i).append(']');
      } else {
        s.append(s.isEmpty() ? "" : ".").append(p);
      }
    }
    return s.toString();
  }

  /** The node holding the last step of {@code path}, or null where the snapshot differs. */
  private static JsonNode parent(ObjectNode doc, List<Object> path) {
    JsonNode node = doc;
    for (Object p : path.subList(0, path.size() - 1)) {
      node = p instanceof Integer i ? node.get(i) : node.get((String) p);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private static void remove(ObjectNode doc, List<Object> path) {
    if (parent(doc, path) instanceof ObjectNode o) {
      o.remove((String) path.get(path.size() - 1));
    }
  }

  private static void set(ObjectNode doc, List<Object> path, String value) {
    JsonNode parent = parent(doc, path);
    Object last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode o && o.has((String) last)) {
      o.put((String) last, value);
    } else if (parent instanceof ArrayNode a && last instanceof Integer i && i < a.size()) {
      a.set(i, JSON.getNodeFactory().textNode(value));
    }
  }

  /** Wire values of the fact enums that have an Unknown constant (ServiceState, SiteState, ...). */
  private static Set<String> knownEnumValues() {
    Set<String> values = new TreeSet<>();
    for (Class<?> type : FactTypes.all()) {
      if (!type.isRecord()) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        Object[] constants = c.getType().getEnumConstants();
        if (constants == null
            || !(constants[0] instanceof WireValue)
            || Stream.of(constants).noneMatch(k -> ((WireValue) k).wire().equals("Unknown"))) {
          continue;
        }
        for (Object k : constants) {
          values.add(((WireValue) k).wire());
        }
      }
    }
    values.remove("Unknown");
    return values;
  }
}

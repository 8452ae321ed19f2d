package org.wuhealth.rules.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Coverage;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.api.Symptom;

/**
 * The rule folders under a root: {@code <category>/<RULE-ID>/} each holding {@code rule.yml}, one
 * {@code .drl} file and {@code fires-*.json} / {@code ok-*.json} fixtures. Loading checks the
 * metadata and layout and reports every problem, not only the first.
 */
public final class RuleCatalog {
  /**
   * Guide order: the checklist first, then the guide's issues, WSUS, and general checks; the fleet
   * rules (across hosts, evaluated by {@code wuhealth batch}) last.
   */
  public static final List<String> CATEGORY_ORDER =
      List.of(
          "checklist",
          "notapplicable",
          "mux",
          "notreceiving",
          "unexpected",
          "wsus",
          "general",
          RuleDefinition.FLEET_CATEGORY);

  private static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");
  private static final Pattern DRL_RULE =
      Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .registerModule(
              new SimpleModule()
                  .addDeserializer(Severity.class, label(Severity::parse))
                  .addDeserializer(Confidence.class, label(Confidence::parse))
                  .addDeserializer(Symptom.class, label(Symptom::parse))
                  .addDeserializer(
                      Requirement.class, label(t -> Optional.of(Requirement.parse(t)))));

  private final Path root;
  private final List<RuleDefinition> rules;
  private final List<DrlFile> helpers;

  private RuleCatalog(Path root, List<RuleDefinition> rules, List<DrlFile> helpers) {
    this.root = root;
    this.rules = List.copyOf(rules);
    this.helpers = List.copyOf(helpers);
  }

  /** The catalogue shipped inside wuhealth; messages name files relative to it. */
  public static RuleCatalog bundled() throws CatalogException {
    return load(CatalogRoot.bundled(), "");
  }

  /**
   * Every rule folder below {@code root} ({@code root} itself may be one rule folder); messages
   * name files as {@code root} was given.
   */
  public static RuleCatalog load(Path root) throws CatalogException {
    return load(root, root.toString().replace('\\', '/') + "/");
  }

  private static RuleCatalog load(Path root, String displayPrefix) throws CatalogException {
    Display display = new Display(root, displayPrefix);
    List<String> problems = new ArrayList<>();
    List<RuleDefinition> rules = new ArrayList<>();
    List<Path> folders;
    List<DrlFile> helpers = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> all = walk.sorted().toList();
      folders =
          all.stream()
              .filter(p -> p.getFileName() != null && p.getFileName().toString().equals("rule.yml"))
              .map(Path::getParent)
              .toList();
      for (Path p : all) {
        if (p.toString().endsWith(".drl") && isShared(p)) {
          helpers.add(new DrlFile(display.of(p), read(p)));
        }
      }
    } catch (IOException e) {
      throw new CatalogException(List.of(root + ": cannot read rule folders: " + e.getMessage()));
    }
    for (Path folder : folders) {
      readFolder(display, folder, problems).ifPresent(rules::add);
    }
    checkUniqueIds(rules, problems);
    if (!problems.isEmpty()) {
      throw new CatalogException(problems);
    }
    return new RuleCatalog(root, inCatalogueOrder(rules), helpers);
  }

  /**
   * Sorts rules in catalogue order (guide category order, then category, then id) and numbers them:
   * the number is the third ranking key of findings.
   */
  public static List<RuleDefinition> inCatalogueOrder(List<RuleDefinition> rules) {
    List<RuleDefinition> ordered = new ArrayList<>(rules);
    ordered.sort(
        Comparator.comparing((RuleDefinition r) -> categoryRank(r.metadata().category()))
            .thenComparing(r -> r.metadata().category())
            .thenComparing(RuleDefinition::id));
    for (int i = 0; i < ordered.size(); i++) {
      ordered.set(i, ordered.get(i).withOrder(i));
    }
    return ordered;
  }

  /** Helper DRL lives in folders named {@code _shared}; it holds no rule of its own. */
  private static boolean isShared(Path file) {
    for (Path part : file) {
      if (part.toString().equals("_shared")) {
        return true;
      }
    }
    return false;
  }

  public Path root() {
    return root;
  }

  /** Rules in catalogue order. */
  public List<RuleDefinition> rules() {
    return rules;
  }

  /** Shared helper DRL files ({@code _shared/*.drl}), compiled with every rule set. */
  public List<DrlFile> helpers() {
    return helpers;
  }

  public Optional<RuleDefinition> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static int categoryRank(String category) {
    int i = CATEGORY_ORDER.indexOf(category);
    return i < 0 ? CATEGORY_ORDER.size() : i;
  }

  private static Optional<RuleDefinition> readFolder(
      Display display, Path folder, List<String> problems) {
    Path yml = folder.resolve("rule.yml");
    int before = problems.size();
    RuleMetadata meta;
    try {
      meta = YAML.readValue(Files.readString(yml, StandardCharsets.UTF_8), RuleMetadata.class);
    } catch (JsonProcessingException e) {
      problems.add(yamlProblem(display.of(yml), "invalid metadata", e));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(display.of(yml) + ": cannot read: " + e.getMessage());
      return Optional.empty();
    }
    checkMetadata(display, folder, yml, meta, problems);

    List<Path> drls = list(folder, "", ".drl");
    String drl = null;
    String sourceName = null;
    if (drls.size() != 1) {
      problems.add(
          display.of(folder) + ": a rule folder needs exactly one .drl file, found " + drls.size());
    } else {
      sourceName = display.of(drls.get(0));
      drl = read(drls.get(0));
      checkDrlNames(sourceName, drl, meta.id(), problems);
    }
    RuleTests tests = readTests(display, folder, problems);
    // Host rules take one snapshot per fixture; fleet rules a folder of snapshots per fixture.
    boolean fleet = RuleDefinition.FLEET_CATEGORY.equals(meta.category());
    String suffix = fleet ? "/" : ".json";
    List<Fixture> fixtures = new ArrayList<>();
    for (Path p : list(folder, "fires-", suffix)) {
      fixtures.add(
          new Fixture(p, true, tests.cases().getOrDefault(name(p), CaseExpectation.DEFAULT)));
    }
    for (Path p : list(folder, "ok-", suffix)) {
      fixtures.add(
          new Fixture(p, false, tests.cases().getOrDefault(name(p), CaseExpectation.DEFAULT)));
    }
    for (Fixture f : fixtures) {
      if (fleet && f.snapshots().isEmpty()) {
        problems.add(display.of(f.path()) + ": a fleet fixture folder needs snapshot .json files");
      }
    }
    for (String named : tests.cases().keySet()) {
      if (fixtures.stream().noneMatch(f -> f.name().equals(named))) {
        problems.add(
            display.of(folder.resolve("tests.yml"))
                + ": names "
                + named
                + ", which is not a fires-*.json or ok-*.json fixture in this folder");
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new RuleDefinition(meta, folder, sourceName, drl, fixtures, tests, 0));
  }

  private static RuleTests readTests(Display display, Path folder, List<String> problems) {
    Path yml = folder.resolve("tests.yml");
    if (!Files.exists(yml)) {
      return RuleTests.NONE;
    }
    String text = read(yml);
    if (text.isBlank()) {
      return RuleTests.NONE;
    }
    try {
      RuleTests tests = YAML.readValue(text, RuleTests.class);
      return tests == null ? RuleTests.NONE : tests;
    } catch (JsonProcessingException e) {
      problems.add(yamlProblem(display.of(yml), "invalid tests", e));
      return RuleTests.NONE;
    }
  }

  private static String yamlProblem(String file, String what, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return file
        + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
        + ": "
        + what
        + ": "
        + e.getOriginalMessage()
            .replaceAll("\\s*\\(class [^)]*\\)", "")
            .replaceAll("\\s*\\R.*", "");
  }

  /**
   * Reads a scalar as the text it is, then as a typed value; a text that is no such value gives
   * null, which {@link #checkMetadata} reports with the values allowed (as it reports a missing
   * one).
   */
  private static <T> JsonDeserializer<T> label(Function<String, Optional<T>> parse) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
        return parse.apply(context.readValue(p, String.class)).orElse(null);
      }
    };
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  private static void checkMetadata(
      Display display, Path folder, Path yml, RuleMetadata m, List<String> problems) {
    Path root = display.root();
    String where = display.of(yml) + ": ";
    if (m.id() == null || !ID.matcher(m.id()).matches()) {
      problems.add(
          where + "id \"" + m.id() + "\" must look like NA-WRONG-ARCH (upper case, dashes)");
    } else if (!folder.getFileName().toString().equals(m.id())) {
      problems.add(where + "id " + m.id() + " must match its folder name " + folder.getFileName());
    }
    if (m.category() == null || !m.category().matches("[a-z]+")) {
      problems.add(where + "category must be one lower-case word, e.g. " + CATEGORY_ORDER);
    } else if (folder.getParent() != null
        && !folder.getParent().equals(root)
        && !folder.getParent().getFileName().toString().equals(m.category())) {
      problems.add(
          where
              + "category "
              + m.category()
              + " must match the parent folder "
              + folder.getParent().getFileName());
    }
    requireText(where, "title", m.title(), problems);
    requireText(where, "guide", m.guide(), problems);
    requireText(where, "description", m.description(), problems);
    if (m.symptom() == null) {
      problems.add(where + "symptom must be one of " + Symptom.labels());
    }
    if (m.severity() == null) {
      problems.add(where + "severity must be one of critical, high, medium, low, info");
    }
    if (m.confidence() == null) {
      problems.add(where + "confidence must be one of certain, likely, possible");
    }
    if (m.remediation().isEmpty()) {
      problems.add(where + "remediation needs at least one step");
    }
    if (m.references().isEmpty()) {
      problems.add(where + "references needs at least one link");
    }
    for (String k : m.knowledge()) {
      if (!RuleMetadata.KNOWLEDGE.contains(k)) {
        problems.add(
            where + "knowledge must list only " + RuleMetadata.KNOWLEDGE + ", not \"" + k + "\"");
      }
    }
    var known = Coverage.knownPaths();
    for (Requirement requirement : m.requires()) {
      for (String path : requirement.paths()) {
        if (!known.contains(path)) {
          problems.add(where + "requires names an unknown snapshot path \"" + path + "\"");
        }
      }
    }
    for (String path : m.toRuleOut()) {
      if (!known.contains(path)) {
        problems.add(where + "toRuleOut names an unknown snapshot path \"" + path + "\"");
      }
    }
    m.manualFacts()
        .forEach(
            (path, how) -> {
              if (!known.contains(path)) {
                problems.add(where + "manualFacts names an unknown snapshot path \"" + path + "\"");
              }
              requireText(where, "manualFacts." + path, how, problems);
            });
    m.parameters()
        .forEach(
            (name, p) -> {
              if (p == null || p.value() == null) {
                problems.add(where + "parameters." + name + " needs a value");
              }
              requireText(
                  where,
                  "parameters." + name + ".source (a reference, or \"heuristic: \" and why)",
                  p == null ? null : p.source(),
                  problems);
            });
  }

  private static void requireText(String where, String name, String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(where + name + " is required");
    }
  }

  private static void checkDrlNames(
      String sourceName, String drl, String id, List<String> problems) {
    Matcher m = DRL_RULE.matcher(drl);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    if (names.size() != 1 || !names.get(0).equals(id)) {
      problems.add(
          sourceName + ": must define exactly one rule named \"" + id + "\", found " + names);
    }
  }

  private static void checkUniqueIds(List<RuleDefinition> rules, List<String> problems) {
    Map<String, RuleDefinition> seen = new HashMap<>();
    for (RuleDefinition r : rules) {
      RuleDefinition other = seen.putIfAbsent(r.id(), r);
      if (other != null) {
        problems.add(
            r.sourceName()
                + ": duplicate rule id "
                + r.id()
                + " (also in "
                + other.sourceName()
                + ")");
      }
    }
  }

  /** Files named prefix*suffix, or folders named prefix* when suffix is "/". */
  private static List<Path> list(Path folder, String prefix, String suffix) {
    boolean folders = suffix.equals("/");
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix)
                    && (folders ? Files.isDirectory(p) : n.endsWith(suffix));
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names files for messages: relative to the catalogue root, behind a prefix. */
  private record Display(Path root, String prefix) {
    String of(Path file) {
      return prefix + root.relativize(file).toString().replace('\\', '/');
    }
  }
}

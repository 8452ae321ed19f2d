package org.wuhealth.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.wuhealth.rules.catalog.DrlFile;
import org.wuhealth.rules.catalog.RuleDefinition;

/**
 * Compiles a rule set's DRL into one {@link RuleBase}, reporting every error with its place.
 *
 * <p>A plain KnowledgeBuilder rather than a KieBuilder: its errors keep what Drools knows about
 * them (the descriptor of the failed condition, the Java compiler's problems in an action), which
 * {@link DrlErrors} needs to name the real line; a KieBuilder reduces each to the rule's first
 * line.
 */
public final class RuleCompiler {
  private RuleCompiler() {}

  public static RuleBase compile(RuleSet set) throws RuleCompilationException {
    List<RuleDefinition> enabled =
        set.rules().stream().filter(r -> r.metadata().disabled() == null).toList();
    List<DrlFile> files = new ArrayList<>(set.helpers());
    enabled.forEach(r -> files.add(new DrlFile(r.sourceName(), r.drl())));

    KnowledgeBuilder builder =
        KnowledgeBuilderFactory.newKnowledgeBuilder(
            KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(
                null, RuleCompiler.class.getClassLoader()));
    CompositeKnowledgeBuilder batch = builder.batch();
    Map<String, DrlFile> byPath = new LinkedHashMap<>();
    for (DrlFile file : files) {
      // A path of our own: two files may share a display name (a rule and its override).
      String path = "wuhealth/drl" + byPath.size() + ".drl";
      byPath.put(path, file);
      batch.add(
          ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
              .setSourcePath(path),
          ResourceType.DRL);
    }
    batch.build();
    Map<String, List<DrlProblem>> problems = DrlErrors.find(builder.getErrors(), byPath);
    List<String> errors = new ArrayList<>();
    byPath.forEach(
        (path, file) -> {
          Set<DrlProblem> inFile = new TreeSet<>(problems.getOrDefault(path, List.of()));
          inFile.addAll(EnumComparisons.find(file.text(), RuleCompiler.class.getClassLoader()));
          inFile.forEach(p -> errors.add(p.in(file.sourceName())));
        });
    // Drools names a file for every DRL error; should one come without, it is still reported.
    problems.forEach(
        (path, list) -> {
          if (!byPath.containsKey(path)) {
            new TreeSet<>(list).forEach(p -> errors.add(p.in("(DRL)")));
          }
        });
    if (!errors.isEmpty()) {
      throw new RuleCompilationException(errors);
    }
    // A fixed id: the default one is a random UUID (see RuleBaseStore).
    InternalKnowledgeBase kieBase =
        KnowledgeBaseFactory.newKnowledgeBase(RuleBaseFactory.newRuleBase("wuhealth-compiled"));
    kieBase.addPackages(
        builder.getKnowledgePackages().stream().map(p -> (InternalKnowledgePackage) p).toList());
    Set<String> globals = new TreeSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      p.getGlobalVariables().stream().map(Global::getName).forEach(globals::add);
    }
    return new RuleBase(kieBase, enabled.stream().map(RuleInfo::of).toList(), globals, false);
  }
}

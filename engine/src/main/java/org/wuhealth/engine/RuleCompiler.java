package org.wuhealth.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.wuhealth.rules.catalog.DrlFile;
import org.wuhealth.rules.catalog.RuleDefinition;

/** Compiles a rule set's DRL into one {@link RuleBase}, reporting every error with its place. */
public final class RuleCompiler {
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  private RuleCompiler() {}

  public static RuleBase compile(RuleSet set) throws RuleCompilationException {
    List<RuleDefinition> enabled =
        set.rules().stream().filter(r -> r.metadata().disabled() == null).toList();
    KieServices services = KieServices.Factory.get();
    // A release id of our own per build, so several rule bases can coexist in one JVM.
    ReleaseId releaseId =
        services.newReleaseId("org.wuhealth", "rulebase-" + BUILDS.incrementAndGet(), "1.0.0");
    KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
    Map<String, String> sources = new HashMap<>();
    Map<String, String> displayNames = new HashMap<>();
    int helperIndex = 0;
    for (DrlFile helper : set.helpers()) {
      add(files, sources, displayNames, "wuhealth-shared-" + helperIndex++, helper);
    }
    for (RuleDefinition r : enabled) {
      add(files, sources, displayNames, r.id(), new DrlFile(r.sourceName(), r.drl()));
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      services.getRepository().removeKieModule(releaseId);
      throw new RuleCompilationException(DrlErrors.format(errors, sources, displayNames));
    }
    try {
      KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
      Set<String> globals = new TreeSet<>();
      for (KiePackage p : kieBase.getKiePackages()) {
        p.getGlobalVariables().stream().map(Global::getName).forEach(globals::add);
      }
      return new RuleBase(kieBase, enabled.stream().map(RuleInfo::of).toList(), globals, false);
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /** Places the file in the folder of its DRL package, which keeps Drools from warning about it. */
  private static void add(
      KieFileSystem files,
      Map<String, String> sources,
      Map<String, String> displayNames,
      String fileName,
      DrlFile drl) {
    Matcher m = PACKAGE.matcher(drl.text());
    String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
    String path = folder + fileName + ".drl";
    files.write("src/main/resources/" + path, drl.text());
    sources.put(path, drl.text());
    displayNames.put(path, drl.sourceName());
  }
}

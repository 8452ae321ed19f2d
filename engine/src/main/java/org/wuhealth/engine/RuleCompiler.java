package org.wuhealth.engine;

import java.util.ArrayList;
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
import org.wuhealth.rules.catalog.RuleDefinition;

/** Compiles rule folders' DRL into one {@link RuleBase}, reporting every error with its place. */
public final class RuleCompiler {
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  private static final Pattern PARSER_POSITION = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
  private static final Pattern MVEL_POSITION =
      Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");

  private RuleCompiler() {}

  public static RuleBase compile(List<RuleDefinition> rules) throws RuleCompilationException {
    List<RuleDefinition> enabled =
        rules.stream().filter(r -> r.metadata().disabled() == null).toList();
    KieServices services = KieServices.Factory.get();
    // A release id of our own per build, so several rule bases can coexist in one JVM.
    ReleaseId releaseId =
        services.newReleaseId("org.wuhealth", "rulebase-" + BUILDS.incrementAndGet(), "1.0.0");
    KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
    Map<String, String> sourceNames = new HashMap<>();
    for (RuleDefinition r : enabled) {
      // Placing the file in the folder of its DRL package keeps Drools from warning about it.
      String path = "src/main/resources/" + packageFolder(r.drl()) + r.id() + ".drl";
      files.write(path, r.drl());
      sourceNames.put(path.substring("src/main/resources/".length()), r.sourceName());
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new RuleCompilationException(format(errors, sourceNames));
    }
    try {
      KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
      Set<String> globals = new TreeSet<>();
      for (KiePackage p : kieBase.getKiePackages()) {
        p.getGlobalVariables().stream().map(Global::getName).forEach(globals::add);
      }
      return new RuleBase(kieBase, enabled, globals);
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  private static String packageFolder(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "";
  }

  private static List<String> format(List<Message> messages, Map<String, String> sourceNames) {
    List<String> lines = new ArrayList<>();
    for (Message m : messages) {
      String text = m.getText() == null ? "" : m.getText().trim();
      // Drools adds this after every parse error; it only repeats the real one.
      if (text.startsWith("Parser returned a null Package")) {
        continue;
      }
      String file = sourceNames.getOrDefault(m.getPath(), m.getPath());
      int line = m.getLine();
      int column = 0;
      Matcher position = MVEL_POSITION.matcher(text);
      if (!position.find()) {
        position = PARSER_POSITION.matcher(text);
        position = position.find() ? position : null;
      }
      if (position != null) {
        line = line > 0 ? line : Integer.parseInt(position.group(1));
        column = Integer.parseInt(position.group(2));
      }
      String oneLine = text.replaceAll("\\s*\\R\\s*", " ");
      lines.add(
          (file == null ? "(unknown file)" : file)
              + ":"
              + Math.max(line, 0)
              + ":"
              + (column + 1)
              + ": "
              + oneLine);
    }
    return lines;
  }
}

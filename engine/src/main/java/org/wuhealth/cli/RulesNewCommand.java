package org.wuhealth.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wuhealth.authoring.Scaffolder;
import org.wuhealth.io.FileKinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth rules new ID --category CAT}: scaffolds a rule folder. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Creates DIR/CATEGORY/ID/ with rule.yml, rule.drl, a fires- and an ok- fixture.",
      "The rule compiles and its test fails until you write it."
    })
public final class RulesNewCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;

  @Parameters(paramLabel = "ID", description = "New rule id, e.g. WSUS-POOL-RECYCLING.")
  String id;

  @Option(
      names = "--category",
      required = true,
      paramLabel = "CAT",
      description = "Category folder, one lower-case word (wsus, checklist, ...).")
  String category;

  @Option(
      names = "--dir",
      defaultValue = ".",
      paramLabel = "DIR",
      description =
          "Where the category folders live (default: ${DEFAULT-VALUE}; rules/catalog in this repository).")
  Path dir;

  @Option(
      names = "--force",
      description =
          "Scaffold even when a bundled rule has this id; the new rule then replaces the bundled"
              + " one wherever both are loaded.")
  boolean force;

  @Override
  public Integer call() {
    RuleOptions.bundledCatalog().rules().stream()
        .filter(r -> r.id().equals(id) && !force)
        .findFirst()
        .ifPresent(
            bundled -> {
              throw new UserError(
                  id
                      + " is a bundled rule ("
                      + bundled.metadata().category()
                      + "/"
                      + id
                      + "); a rule with its id would replace it: pick a new id, or give --force"
                      + " to replace it on purpose (see 'wuhealth rules explain "
                      + id
                      + "')");
            });
    List<Path> files;
    try {
      files = Scaffolder.create(dir, id, category);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw new UserError("cannot write the rule folder: " + FileKinds.withPath(e));
    }
    Path folder = files.get(0).getParent();
    Io io = parent.io();
    io.out().println("created " + folder);
    files.forEach(f -> io.out().println("  " + f.getFileName()));
    io.out().println("next:");
    io.out()
        .println(
            "  1. "
                + folder.resolve("rule.yml")
                + ": title, symptom, guide, severity, confidence, requires, description, remediation");
    io.out()
        .println(
            "  2. "
                + folder.resolve("rule.drl")
                + ": replace the condition (it never matches) and write the evidence");
    io.out()
        .println(
            "  3. fires-example.json: make the cause present; ok-near-miss-example.json: the symptom without the cause");
    io.out()
        .println(
            "  4. wuhealth rules test "
                + dir
                + "   (fails until the rule fires on its fires- fixture)");
    io.out().flush();
    return ExitCodes.OK;
  }
}

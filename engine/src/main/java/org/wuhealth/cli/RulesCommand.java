package org.wuhealth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wuhealth rules ...}: the rule author's toolkit. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Test, list, explain and scaffold rules.",
    subcommands = {
      RulesTestCommand.class,
      RulesListCommand.class,
      RulesExplainCommand.class,
      RulesNewCommand.class
    })
public final class RulesCommand implements Callable<Integer> {
  @ParentCommand WuhealthCommand parent;

  @Spec CommandSpec spec;

  Io io() {
    return parent.io();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(io().err());
    return ExitCodes.USAGE_OR_INPUT;
  }
}

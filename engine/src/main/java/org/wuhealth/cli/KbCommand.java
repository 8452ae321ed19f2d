package org.wuhealth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wuhealth kb ...}: the update knowledge (build it, refresh it, show its age). */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds, updates and shows the update knowledge (rollups, SSUs, supersedence).",
    subcommands = {KbStatusCommand.class, KbUpdateCommand.class, KbBuildCommand.class})
public final class KbCommand implements Callable<Integer> {
  @ParentCommand WuhealthCommand parent;

  @Spec CommandSpec spec;

  Io io() {
    return parent.io();
  }

  WuhealthCommand root() {
    return parent;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(io().err());
    return ExitCodes.USAGE_OR_INPUT;
  }
}

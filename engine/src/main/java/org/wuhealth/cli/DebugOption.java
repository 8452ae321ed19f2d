package org.wuhealth.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --debug}, on every command that runs something: an internal error prints its stack trace
 * (a user error never does). Declared once and added to each command by {@link #addTo}; {@link
 * Main}'s handler of internal errors reads it.
 */
final class DebugOption {
  private static final String NAME = "debug";

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean enabled;

  /** Adds the option to every command below {@code cli} that has no subcommands of its own. */
  static void addTo(CommandLine cli) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (sub.getSubcommands().isEmpty()) {
        sub.getCommandSpec().addMixin(NAME, CommandSpec.forAnnotatedObject(new DebugOption()));
      } else {
        addTo(sub);
      }
    }
  }

  /** True when {@code --debug} was given to {@code command}. */
  static boolean requested(CommandLine command) {
    CommandSpec mixin = command.getCommandSpec().mixins().get(NAME);
    return mixin != null && ((DebugOption) mixin.userObject()).enabled;
  }
}

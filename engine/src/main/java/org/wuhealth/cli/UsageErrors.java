package org.wuhealth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wuhealth.engine.Spelling;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, as one line: what is wrong, the closest command or option
 * when a name was misspelt, and where the help is.
 */
final class UsageErrors {
  private UsageErrors() {}

  static String describe(ParameterException e) {
    CommandLine command = e.getCommandLine();
    String help = " (see '" + command.getCommandSpec().qualifiedName() + " --help')";
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (first.startsWith("-")) {
        String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        return "unknown option '"
            + name
            + "'"
            + Spelling.didYouMean(name, optionNames(command))
            + help;
      }
      if (!command.getSubcommands().isEmpty()) {
        return "unknown command '"
            + first
            + "'"
            + Spelling.didYouMean(first, command.getSubcommands().keySet())
            + help;
      }
      return "unexpected argument '" + first + "'" + help;
    }
    if (e.getCause() instanceof OptionValues.Invalid invalid) {
      return invalid.getMessage();
    }
    String message = e.getMessage();
    return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1) + help;
  }

  private static List<String> optionNames(CommandLine command) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : command.getCommandSpec().options()) {
      names.addAll(List.of(option.names()));
    }
    return names;
  }
}

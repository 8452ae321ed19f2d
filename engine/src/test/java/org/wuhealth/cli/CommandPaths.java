package org.wuhealth.cli;

import java.util.ArrayList;
import java.util.List;

/** Every command of the CLI as the words that name it, for tests that go through all of them. */
final class CommandPaths {
  /** The commands that run something (not the groups). */
  static final List<List<String>> RUNNABLE =
      List.of(
          List.of("analyze"),
          List.of("scan"),
          List.of("collect"),
          List.of("batch"),
          List.of("check-package"),
          List.of("import"),
          List.of("rules", "test"),
          List.of("rules", "list"),
          List.of("rules", "explain"),
          List.of("rules", "new"),
          List.of("kb", "status"),
          List.of("kb", "update"),
          List.of("kb", "build"));

  /** Every command with a help text: the top level, the groups and the commands. */
  static final List<List<String>> WITH_HELP = withHelp();

  private CommandPaths() {}

  private static List<List<String>> withHelp() {
    List<List<String>> all = new ArrayList<>();
    all.add(List.of());
    all.add(List.of("rules"));
    all.add(List.of("kb"));
    all.addAll(RUNNABLE);
    return List.copyOf(all);
  }
}

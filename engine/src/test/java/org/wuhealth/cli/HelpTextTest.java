package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: help is wrapped at spaces, never inside a file name, a time or an option. */
class HelpTextTest {
  private static final List<List<String>> COMMANDS = CommandPaths.WITH_HELP;

  private static String help(List<String> command) {
    List<String> args = new java.util.ArrayList<>(command);
    args.add("--help");
    CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  @Test
  void everyLineFitsEightyColumns() {
    for (List<String> command : COMMANDS) {
      for (String line : help(command).split("\n")) {
        assertTrue(line.length() <= HelpText.WIDTH, command + ": " + line);
      }
    }
  }

  @Test
  void namesTimesAndOptionsStayWhole() {
    String all = String.join("\n", COMMANDS.stream().map(HelpTextTest::help).toList());
    for (String word :
        List.of(
            "findings.jsonl",
            ".reg",
            "(2019-03-06T12:00:00Z)",
            "windows8.1-kb2919355-x64_<sha1>.msu,",
            "[--only=ID[,ID...]]...")) {
      assertTrue(all.contains(word), word + " in:\n" + all);
    }
  }

  @Test
  void continuationLinesAreIndentedLikePicocliIndentsThem() {
    assertEquals(
        "      --now=TIME             Evaluate as of this day (2019-03-06, the end of\n"
            + "                               that day in UTC) or ISO-8601 time",
        HelpText.wrapTable(
            "      --now=TIME             Evaluate as of this day (2019-03-06, the end of that day"
                + " in UTC) or ISO-8601 time"));
    assertEquals(
        "Usage: wuhealth x [--aaaaaaaaaa] [--bbbbbbbbbb] [--cccccccccc] [--dddddddddd]\n"
            + "                  [--eeeeeeeeee]",
        HelpText.wrap(
            "Usage: wuhealth x [--aaaaaaaaaa] [--bbbbbbbbbb] [--cccccccccc] [--dddddddddd]"
                + " [--eeeeeeeeee]",
            18));
  }
}

package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 16: every error is one line in one style, {@code wuhealth: error: ...}. */
class ErrorStyleTest {
  private static void assertError(String expected, String... args) {
    CliRunner.Run run = CliRunner.run(args);
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), run.err());
    assertEquals("wuhealth: error: " + expected + "\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void anUnknownCommandSuggestsTheClosestOne() {
    assertError(
        "unknown command 'analyse'; did you mean analyze? (see 'wuhealth --help')",
        "analyse",
        "samples/na-wrong-os.json");
    assertError("unknown command 'report' (see 'wuhealth --help')", "report");
    assertError(
        "unknown command 'tset'; did you mean test? (see 'wuhealth rules --help')",
        "rules",
        "tset");
  }

  @Test
  void anUnknownOptionSuggestsTheClosestOne() {
    assertError(
        "unknown option '--fromat'; did you mean --format? (see 'wuhealth analyze --help')",
        "analyze",
        "--fromat=json",
        "x.json");
  }

  @Test
  void picocliMessagesKeepTheStyle() {
    assertError(
        "missing required option: '--out=FILE' (see 'wuhealth import --help')", "import", "x");
    assertError(
        "unexpected argument 'extra' (see 'wuhealth rules list --help')", "rules", "list", "extra");
  }

  @Test
  void optionValuesCommandsCheckThemselvesKeepTheStyle() {
    assertError(
        "--fail-on must be one of critical, high, medium, low, info, none; got 'severe'",
        "analyze",
        "--fail-on",
        "severe",
        "../samples/na-wrong-os.json");
    assertError("--jobs must be between 1 and 256; got 0", "batch", "--jobs", "0", "x");
    assertError(
        "--now must be a date (2026-11-20) or an ISO-8601 time with offset"
            + " (2026-11-20T08:15:00Z); got 'today'",
        "check-package",
        "--snapshot",
        "x.json",
        "--now",
        "today",
        "KB1");
  }
}

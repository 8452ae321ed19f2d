package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The format checkers reject what their specifications forbid, so passing them means something. */
class MonitoringChecksTest {
  @Test
  void theNagiosCheckerRejectsOutputAgainstTheGuidelines() {
    for (String[] bad :
        List.of(
            new String[] {"WUHEALTH OK - fine | a=1;;;\n", "2"}, // exit code is not the state
            new String[] {"WUHEALTH FINE - fine\n", "0"}, // not a state
            new String[] {"WUHEALTH OK - fine | a=one;;;\n", "0"}, // value not a number
            new String[] {"WUHEALTH OK - fine | a b=1\n", "0"}, // unquoted label with a space
            new String[] {"WUHEALTH OK - fine | a=1;;;;;;\n", "0"}, // more than 5 fields
            new String[] {"WUHEALTH OK - fine | a=1 a=2\n", "0"}, // label twice
            new String[] {"WUHEALTH OK - fine\nhost A|B\n", "0"}, // pipe in long output
            new String[] {"WUHEALTH OK - " + "x".repeat(5000) + "\n", "0"})) { // over 4 KB
      assertThrows(
          AssertionError.class,
          () -> MonitoringChecks.nagios(bad[0], Integer.parseInt(bad[1])),
          bad[0]);
    }
    MonitoringChecks.nagios("WUHEALTH WARNING - 1 medium: X | 'a b'=1;;; c=2.5ms;1;2;0;9\n", 1);
  }

  @Test
  void theExpositionCheckerRejectsWhatTheFormatForbids() {
    String header = "# HELP m help\n# TYPE m gauge\n";
    for (String bad :
        List.of(
            "m 1\n", // no HELP and TYPE
            header + "m{a=\"x\"y\"} 1\n", // unescaped quote
            header + "m{a=\"x\\t\"} 1\n", // an escape the format does not have
            header + "m 1\nm 2\n", // the same series twice
            header + "m 1\n# HELP n h\n# TYPE n gauge\nn 1\n" + header + "m{a=\"1\"} 1\n",
            header + "m one\n", // not a number
            header + "m 1")) { // no final line feed
      assertThrows(AssertionError.class, () -> MonitoringChecks.prometheus(bad), bad);
    }
    MonitoringChecks.prometheus(header + "m{a=\"q\\\"\\\\\\n\"} 1\nm{a=\"\"} 0\n");
  }
}

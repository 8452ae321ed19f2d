package org.wuhealth.importers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.SourceFile;
import org.wuhealth.testing.Growth;

/**
 * Every reader is linear in a long line: a capture of each format gets one long run of a hostile
 * unit (hex letters, spaces, markers the patterns look for) inside one of its lines and on a line
 * of its own, and the import is timed at n and 4n ({@link Growth}). Backtracking patterns made one
 * CBS.log line of 65,000 hex letters take 82 s (issue 17, case 8); each such pattern failed here.
 */
class LinearReadersTest {
  /** One capture per reader. */
  private static final List<String> CAPTURES =
      List.of(
          "systeminfo/server2019-fo-table.txt",
          "systeminfo/server2019-fo-csv.csv",
          "qfe/wmic-qfe-format-csv.csv",
          "qfe/get-hotfix-convertto-json.json",
          "qfe/get-hotfix-format-table-de.txt",
          "services/get-service-export-csv.csv",
          "services/get-service-convertto-json.json",
          "registry/component-based-servicing.reg",
          "logs/CBS-2016.log",
          "logs/ReportingEvents-2016.log",
          "logs/WindowsUpdate-2012r2.log",
          "logs/WindowsUpdate-2016-Get-WindowsUpdateLog.log",
          "logs/u_ex251015.log",
          "servicing/dism-scanhealth-repairable.txt",
          "servicing/checksur-payload-file-missing.log",
          "wsus/web.config",
          "graph/updatable-assets-list.json");

  /** What the patterns of the readers look for, and what they repeat over. */
  private static final List<String> UNITS =
      List.of(
          "a",
          "F",
          " ",
          "0",
          "9",
          "\t",
          "0x",
          "{",
          "\"",
          "\\",
          ",",
          ":",
          "=",
          ";",
          "-",
          ".",
          "error ",
          "hresult ",
          "hr ",
          "code ",
          "failed ",
          "REPORT EVENT:",
          "* END *",
          "KB1",
          "x64-based ",
          "[01]: ",
          "Operation: ",
          "Error: ",
          "N/A ",
          "6.3.9600 ",
          "10/12/2016 ",
          "\n",
          "\r\n",
          " \n");

  private static final int RUN_CHARS = 6_000;

  private final Importer importer = new Importer(ImportLimits.DEFAULT);

  @Test
  void everyReaderIsLinearInALongLine() {
    List<String> failures = new ArrayList<>();
    for (String capture : CAPTURES) {
      String text = TestFiles.text(capture);
      for (String unit : UNITS) {
        for (boolean ownLine : new boolean[] {false, true}) {
          String name = capture.substring(capture.lastIndexOf('/') + 1);
          int n = Math.max(1, RUN_CHARS / unit.length());
          String what = capture + (ownLine ? " + a line of " : " with a run of ") + show(unit);
          Growth.Measure m;
          try {
            m = Growth.measure(n, size -> read(name, withRun(text, unit.repeat(size), ownLine)));
          } catch (RuntimeException e) {
            failures.add(what + ": " + clip(e.toString()));
            continue;
          }
          if (!m.linear()) {
            failures.add(what + ": " + m);
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private void read(String name, String text) {
    SourceFile file = TestFiles.file(name, text.getBytes(StandardCharsets.UTF_8));
    try {
      importer.importFiles(
          name, List.of(file), List.of(), new Importer.Options("test", null, TestFiles.COLLECTED));
    } catch (ImportException e) {
      // a refusal is an answer; only the time it took counts here
    }
  }

  /**
   * The text with {@code run} on a line of its own at the end, or inside its last line that holds
   * an error ("0x", "rror"), after that line's last tab or at its middle.
   */
  static String withRun(String text, String run, boolean ownLine) {
    if (ownLine) {
      return text + (text.endsWith("\n") ? "" : "\n") + run + "\n";
    }
    String[] lines = text.split("\n", -1);
    int target = -1;
    for (int i = lines.length - 1; i >= 0 && target < 0; i--) {
      if (lines[i].contains("0x") || lines[i].contains("rror")) {
        target = i;
      }
    }
    for (int i = lines.length - 1; i >= 0 && target < 0; i--) {
      if (!lines[i].isBlank()) {
        target = i;
      }
    }
    String line = lines[target];
    int at = line.lastIndexOf('\t') >= 0 ? line.lastIndexOf('\t') + 1 : line.length() / 2;
    lines[target] = line.substring(0, at) + run + line.substring(at);
    return String.join("\n", lines);
  }

  private static String clip(String message) {
    return message.length() > 200 ? message.substring(0, 200) + "..." : message;
  }

  private static String show(String unit) {
    return "\"" + unit.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n") + "\"";
  }
}

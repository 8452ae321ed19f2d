package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WsusFilesTest {
  @Test
  void logFoldersWithTheirVariables() throws Exception {
    Path windows = Path.of("/srv/c/Windows");
    assertEquals(
        Path.of("/srv/c/inetpub/logs/LogFiles/W3SVC1234567"),
        WsusFiles.logDirectory(
            "%SystemDrive%\\inetpub\\logs\\LogFiles", 1234567, windows, Map.of()));
    assertEquals(
        Path.of("/data/iis/W3SVC1"),
        WsusFiles.logDirectory("%LOGROOT%\\iis", 1, windows, Map.of("LogRoot", "/data")));
    assertEquals(
        Path.of("/srv/c/Windows/logs/W3SVC1"),
        WsusFiles.logDirectory("%windir%\\logs", 1, windows, Map.of()));
  }
}

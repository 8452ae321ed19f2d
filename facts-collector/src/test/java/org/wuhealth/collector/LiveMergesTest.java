package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the live collector refuses to read. */
class LiveMergesTest {
  @Test
  void iisLogsOnANetworkShareAreNotRead() {
    FileSystemException share =
        assertThrows(
            FileSystemException.class,
            () ->
                WsusFiles.logDirectory("\\\\logsrv\\iis", 1, Path.of("/srv/c/Windows"), Map.of()));
    assertEquals(
        "\\\\logsrv\\iis: a network share; wuhealth reads only this machine",
        FileErrors.describe(share));
    FileSystemException viaVariable =
        assertThrows(
            FileSystemException.class,
            () ->
                WsusFiles.logDirectory(
                    "%LOGROOT%\\iis",
                    1, Path.of("/srv/c/Windows"), Map.of("LogRoot", "\\\\logsrv\\central")));
    assertEquals("\\\\logsrv\\central\\iis", viaVariable.getFile());
  }
}

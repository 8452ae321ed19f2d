package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeLocationTest {
  @Test
  void programDataOnWindowsTheXdgDataFolderElsewhere() {
    assertEquals(
        Path.of("C:\\ProgramData", "wuhealth", "knowledge"),
        KnowledgeLocation.defaultDir(
            Map.of("ProgramData", "C:\\ProgramData", "HOME", "/h"), "Windows Server 2022"));
    assertNull(KnowledgeLocation.defaultDir(Map.of("HOME", "/h"), "Windows 11"));
    assertEquals(
        Path.of("/data", "wuhealth", "knowledge"),
        KnowledgeLocation.defaultDir(Map.of("XDG_DATA_HOME", "/data", "HOME", "/h"), "Linux"));
    assertEquals(
        Path.of("/h", ".local", "share", "wuhealth", "knowledge"),
        KnowledgeLocation.defaultDir(Map.of("HOME", "/h"), "Linux"));
    assertNull(KnowledgeLocation.defaultDir(Map.of(), "Linux"), "tests run without a default");
  }
}

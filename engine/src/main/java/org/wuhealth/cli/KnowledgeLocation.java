package org.wuhealth.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where {@code wuhealth kb update} keeps its overlay and every command looks for it: {@code
 * %ProgramData%\wuhealth\knowledge} on Windows (one copy for the machine, readable without
 * elevation), {@code $XDG_DATA_HOME/wuhealth/knowledge} elsewhere ({@code ~/.local/share} when
 * XDG_DATA_HOME is unset). {@code --knowledge DIR} overrides it.
 */
final class KnowledgeLocation {
  private KnowledgeLocation() {}

  /** The default folder, or null when the environment names none (no ProgramData or HOME). */
  static Path defaultDir(Map<String, String> env, String osName) {
    if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
      String programData = env.get("ProgramData");
      return blank(programData) ? null : Path.of(programData, "wuhealth", "knowledge");
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (!blank(xdg)) {
      return Path.of(xdg, "wuhealth", "knowledge");
    }
    String home = env.get("HOME");
    return blank(home) ? null : Path.of(home, ".local", "share", "wuhealth", "knowledge");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

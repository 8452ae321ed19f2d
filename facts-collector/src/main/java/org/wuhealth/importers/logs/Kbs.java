package org.wuhealth.importers.logs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.Architecture;

/** KB numbers and architectures named in update titles and log messages. */
final class Kbs {
  private static final Pattern KB = Pattern.compile("(?i)(?<![a-z0-9])KB(\\d{6,8})(?!\\d)");
  private static final Pattern ARCH = Pattern.compile("(?i)\\b(x64|x86|arm64|ia64)(?:-based|\\b)");

  private Kbs() {}

  /** "KB4051033" for the first KB named in {@code text}, or null. */
  static String in(String text) {
    Matcher m = KB.matcher(text);
    return m.find() ? "KB" + m.group(1) : null;
  }

  /** The architecture an update title targets ("for x64-based Systems"), or null. */
  static Architecture architectureIn(String title) {
    Matcher m = ARCH.matcher(title);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "x64" -> Architecture.X64;
      case "x86" -> Architecture.X86;
      case "arm64" -> Architecture.ARM64;
      default -> Architecture.IA64;
    };
  }
}

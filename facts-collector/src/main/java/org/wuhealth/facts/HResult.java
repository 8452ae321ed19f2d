package org.wuhealth.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HRESULT and Win32 error codes in their canonical snapshot form, "0x" plus eight upper-case hex
 * digits. Accepted spellings: "0x80240017" (any case, 1 to 8 digits), "80240017" (exactly eight hex
 * digits without prefix, the way WindowsUpdate.log and ReportingEvents.log write them) and signed
 * or unsigned 32-bit decimal ("-2145124329", "2149842967").
 */
public final class HResult {
  private static final Pattern PREFIXED = Pattern.compile("(?i)^0x[0-9a-f]{1,8}$");
  private static final Pattern BARE_HEX = Pattern.compile("(?i)^[0-9a-f]{8}$");
  private static final Pattern DECIMAL = Pattern.compile("^-?\\d{1,10}$");

  private HResult() {}

  public static Optional<String> canonical(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    if (PREFIXED.matcher(t).matches()) {
      return Optional.of(format(Long.parseLong(t.substring(2), 16)));
    }
    if (BARE_HEX.matcher(t).matches()) {
      return Optional.of(format(Long.parseLong(t, 16)));
    }
    if (DECIMAL.matcher(t).matches()) {
      return canonical(Long.parseLong(t));
    }
    return Optional.empty();
  }

  /** A signed or unsigned 32-bit value; anything outside that range is not a code. */
  public static Optional<String> canonical(long value) {
    if (value < Integer.MIN_VALUE || value > 0xFFFFFFFFL) {
      return Optional.empty();
    }
    return Optional.of(format(value & 0xFFFFFFFFL));
  }

  private static String format(long unsigned) {
    return "0x" + String.format(Locale.ROOT, "%08X", unsigned);
  }
}

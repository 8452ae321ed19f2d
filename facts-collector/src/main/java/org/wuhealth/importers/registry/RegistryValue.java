package org.wuhealth.importers.registry;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * One registry value, typed as the registry stores it: REG_SZ and REG_EXPAND_SZ as a String,
 * REG_MULTI_SZ as a list of strings (empty strings kept: PendingFileRenameOperations uses them),
 * REG_DWORD and REG_QWORD as a Long, anything else as bytes.
 */
public record RegistryValue(String name, Type type, Object data) {
  /** The registry value types wuhealth distinguishes. */
  public enum Type {
    STRING,
    EXPAND_STRING,
    MULTI_STRING,
    DWORD,
    QWORD,
    BINARY,
    NONE
  }

  public static RegistryValue string(String name, String value) {
    return new RegistryValue(name, Type.STRING, value);
  }

  public static RegistryValue dword(String name, long value) {
    return new RegistryValue(name, Type.DWORD, value & 0xFFFFFFFFL);
  }

  public static RegistryValue multiString(String name, List<String> values) {
    return new RegistryValue(name, Type.MULTI_STRING, List.copyOf(values));
  }

  /**
   * A value from its registry type number and raw data, as {@code RegQueryValueEx} returns it or a
   * {@code .reg} export writes it ({@code hex(7):...}); strings in {@code charset} (UTF-16LE in the
   * registry and in Unicode exports).
   */
  public static RegistryValue fromBytes(String name, int type, byte[] bytes, Charset charset) {
    return switch (type) {
      case 1 -> new RegistryValue(name, Type.STRING, string(bytes, charset));
      case 2 -> new RegistryValue(name, Type.EXPAND_STRING, string(bytes, charset));
      case 4 -> new RegistryValue(name, Type.DWORD, littleEndian(bytes, 4));
      case 7 -> new RegistryValue(name, Type.MULTI_STRING, multi(bytes, charset));
      case 0xb -> new RegistryValue(name, Type.QWORD, littleEndian(bytes, 8));
      case 0 -> new RegistryValue(name, Type.NONE, bytes);
      default -> new RegistryValue(name, Type.BINARY, bytes);
    };
  }

  private static long littleEndian(byte[] bytes, int width) {
    long value = 0;
    for (int i = Math.min(width, bytes.length) - 1; i >= 0; i--) {
      value = (value << 8) | (bytes[i] & 0xFF);
    }
    return value;
  }

  private static String string(byte[] bytes, Charset charset) {
    String s = new String(bytes, charset);
    int nul = s.indexOf('\0');
    return nul < 0 ? s : s.substring(0, nul);
  }

  /**
   * A REG_MULTI_SZ by its length, not by its first double NUL: PendingFileRenameOperations pairs a
   * file with an empty string when the file is to be deleted at restart.
   */
  static List<String> multi(byte[] bytes, Charset charset) {
    String s = new String(bytes, charset);
    if (s.endsWith("\0\0")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("\0")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\0", -1));
  }

  /** The value as text: strings as they are, numbers in decimal, lists joined by blanks. */
  public String asText() {
    if (data instanceof List<?> list) {
      return String.join(" ", list.stream().map(String::valueOf).toList());
    }
    if (data instanceof byte[] bytes) {
      return bytes.length + " bytes";
    }
    return String.valueOf(data);
  }

  /** The value as a number: DWORD and QWORD, and strings of digits; null otherwise. */
  public Long asLong() {
    if (data instanceof Long l) {
      return l;
    }
    if (data instanceof String s && s.trim().matches("-?\\d{1,18}")) {
      return Long.parseLong(s.trim());
    }
    return null;
  }

  /** The strings of a REG_MULTI_SZ, or the single string of a REG_SZ; empty otherwise. */
  public List<String> asStrings() {
    if (data instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return data instanceof String s ? List.of(s) : List.of();
  }
}

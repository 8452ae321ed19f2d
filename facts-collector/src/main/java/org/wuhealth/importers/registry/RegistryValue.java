package org.wuhealth.importers.registry;

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

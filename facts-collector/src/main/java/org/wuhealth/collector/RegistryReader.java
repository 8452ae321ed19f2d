package org.wuhealth.collector;

import java.util.List;

/** Reads one registry key (gather step; the JNA implementation is the only one on Windows). */
public interface RegistryReader {
  /** A value as the registry returns it: its type number (REG_SZ = 1, ...) and raw data. */
  record RawValue(String name, int type, byte[] data) {}

  /** A key's direct subkey names and the values read. */
  record RawKey(List<String> subkeys, List<RawValue> values) {
    public RawKey {
      subkeys = List.copyOf(subkeys);
      values = List.copyOf(values);
    }
  }

  /**
   * Reads the key at {@code path} ("HKLM\..."): its subkey names, and its values ({@code names}
   * null: all of them; otherwise only those, and the ones missing are left out). Null when the key
   * does not exist. Reads the 64-bit view also from a 32-bit JVM.
   */
  RawKey read(String path, List<String> names) throws NativeException;
}

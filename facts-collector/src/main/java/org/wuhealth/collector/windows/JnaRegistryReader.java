package org.wuhealth.collector.windows;

import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wuhealth.collector.NativeException;
import org.wuhealth.collector.RegistryReader;

/**
 * Reads keys with RegOpenKeyEx (read access, 64-bit view), RegEnumKeyEx, RegEnumValue and
 * RegQueryValueEx, returning raw bytes: the decoding (strings, multi-strings with their empty
 * entries, numbers) is pure code shared with the .reg importer. Advapi32Util's string-array reader
 * is not used: it stops at the first empty string of a REG_MULTI_SZ.
 */
final class JnaRegistryReader implements RegistryReader {
  private static final Advapi32 API = Advapi32.INSTANCE;

  @Override
  public RawKey read(String path, List<String> names) throws NativeException {
    int slash = path.indexOf('\\');
    WinReg.HKEY root = root(slash < 0 ? path : path.substring(0, slash));
    String subkey = slash < 0 ? "" : path.substring(slash + 1);
    WinReg.HKEYByReference handle = new WinReg.HKEYByReference();
    int rc = API.RegOpenKeyEx(root, subkey, 0, WinNT.KEY_READ | WinNT.KEY_WOW64_64KEY, handle);
    if (rc == WinError.ERROR_FILE_NOT_FOUND) {
      return null;
    }
    check(rc, "RegOpenKeyEx");
    WinReg.HKEY key = handle.getValue();
    try {
      IntByReference subkeys = new IntByReference();
      IntByReference maxSubkeyLength = new IntByReference();
      IntByReference values = new IntByReference();
      IntByReference maxNameLength = new IntByReference();
      IntByReference maxDataLength = new IntByReference();
      check(
          API.RegQueryInfoKey(
              key,
              null,
              null,
              null,
              subkeys,
              maxSubkeyLength,
              null,
              values,
              maxNameLength,
              maxDataLength,
              null,
              null),
          "RegQueryInfoKey");
      return new RawKey(
          subkeys(key, subkeys.getValue(), maxSubkeyLength.getValue()),
          names == null
              ? allValues(
                  key, values.getValue(), maxNameLength.getValue(), maxDataLength.getValue())
              : namedValues(key, names, maxDataLength.getValue()));
    } finally {
      API.RegCloseKey(key);
    }
  }

  private static List<String> subkeys(WinReg.HKEY key, int count, int maxLength)
      throws NativeException {
    List<String> names = new ArrayList<>(count);
    char[] name = new char[maxLength + 1];
    for (int i = 0; ; i++) {
      IntByReference length = new IntByReference(name.length);
      int rc = API.RegEnumKeyEx(key, i, name, length, null, null, null, null);
      if (rc == WinError.ERROR_NO_MORE_ITEMS) {
        return names;
      }
      if (rc == WinError.ERROR_MORE_DATA) {
        name = new char[name.length * 2];
        i--;
        continue;
      }
      check(rc, "RegEnumKeyEx");
      names.add(new String(name, 0, length.getValue()));
    }
  }

  private static List<RawValue> allValues(
      WinReg.HKEY key, int count, int maxNameLength, int maxDataLength) throws NativeException {
    List<RawValue> values = new ArrayList<>(count);
    char[] name = new char[maxNameLength + 1];
    byte[] data = new byte[Math.max(1, maxDataLength)];
    for (int i = 0; ; i++) {
      IntByReference nameLength = new IntByReference(name.length);
      IntByReference type = new IntByReference();
      IntByReference dataLength = new IntByReference(data.length);
      int rc = API.RegEnumValue(key, i, name, nameLength, null, type, data, dataLength);
      if (rc == WinError.ERROR_NO_MORE_ITEMS) {
        return values;
      }
      if (rc == WinError.ERROR_MORE_DATA) {
        // the value grew since RegQueryInfoKey
        name = new char[name.length * 2];
        data = new byte[Math.max(data.length * 2, dataLength.getValue())];
        i--;
        continue;
      }
      check(rc, "RegEnumValue");
      values.add(
          new RawValue(
              new String(name, 0, nameLength.getValue()),
              type.getValue(),
              Arrays.copyOf(data, dataLength.getValue())));
    }
  }

  private static List<RawValue> namedValues(WinReg.HKEY key, List<String> names, int maxDataLength)
      throws NativeException {
    List<RawValue> values = new ArrayList<>();
    for (String name : names) {
      byte[] data = new byte[Math.max(1, maxDataLength)];
      IntByReference type = new IntByReference();
      IntByReference length = new IntByReference(data.length);
      int rc = API.RegQueryValueEx(key, name, 0, type, data, length);
      if (rc == WinError.ERROR_MORE_DATA) {
        data = new byte[length.getValue()];
        length = new IntByReference(data.length);
        rc = API.RegQueryValueEx(key, name, 0, type, data, length);
      }
      if (rc == WinError.ERROR_FILE_NOT_FOUND) {
        continue;
      }
      check(rc, "RegQueryValueEx " + name);
      values.add(new RawValue(name, type.getValue(), Arrays.copyOf(data, length.getValue())));
    }
    return values;
  }

  private static WinReg.HKEY root(String name) throws NativeException {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "HKLM", "HKEY_LOCAL_MACHINE" -> WinReg.HKEY_LOCAL_MACHINE;
      case "HKU", "HKEY_USERS" -> WinReg.HKEY_USERS;
      default ->
          throw NativeException.win32(
              "registry root " + name,
              WinError.ERROR_INVALID_PARAMETER,
              "not a root wuhealth reads");
    };
  }

  private static void check(int rc, String what) throws NativeException {
    if (rc != WinError.ERROR_SUCCESS) {
      throw JnaSystemReader.error(what, rc);
    }
  }
}

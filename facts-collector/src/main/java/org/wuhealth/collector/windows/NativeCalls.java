package org.wuhealth.collector.windows;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/** The few functions jna-platform does not map. */
final class NativeCalls {
  private NativeCalls() {}

  /** ntdll: the version without the compatibility shims of GetVersionEx. */
  interface Ntdll extends StdCallLibrary {
    Ntdll INSTANCE = Native.load("ntdll", Ntdll.class, W32APIOptions.DEFAULT_OPTIONS);

    /** Returns an NTSTATUS; 0 is success. */
    int RtlGetVersion(WinNT.OSVERSIONINFOEX info);
  }

  interface Kernel32Extra extends StdCallLibrary {
    Kernel32Extra INSTANCE =
        Native.load("kernel32", Kernel32Extra.class, W32APIOptions.DEFAULT_OPTIONS);

    /** The shared Windows folder, also on Terminal Services hosts (GetWindowsDirectory is not). */
    int GetSystemWindowsDirectory(char[] buffer, int size);
  }
}

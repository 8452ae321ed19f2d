package org.wuhealth.collector.windows;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import org.wuhealth.collector.NativeException;
import org.wuhealth.collector.SystemReader;

/** RtlGetVersion, GetNativeSystemInfo, GetTickCount64, IsWow64Process, GetDiskFreeSpaceEx. */
final class JnaSystemReader implements SystemReader {
  @Override
  public NativeSystem read() throws NativeException {
    WinNT.OSVERSIONINFOEX version = new WinNT.OSVERSIONINFOEX();
    int status = NativeCalls.Ntdll.INSTANCE.RtlGetVersion(version);
    if (status != 0) {
      throw NativeException.win32(
          "RtlGetVersion", status, "NTSTATUS " + Integer.toHexString(status));
    }
    WinBase.SYSTEM_INFO info = new WinBase.SYSTEM_INFO();
    Kernel32.INSTANCE.GetNativeSystemInfo(info);
    // the architecture is the low word of the union's first member; JNA does not read the union's
    // structure view by itself
    int architecture = info.processorArchitecture.dwOemID.intValue() & 0xFFFF;
    IntByReference wow64 = new IntByReference();
    boolean isWow64 =
        Kernel32.INSTANCE.IsWow64Process(Kernel32.INSTANCE.GetCurrentProcess(), wow64)
            && wow64.getValue() != 0;
    char[] buffer = new char[WinBase.MAX_PATH + 1];
    int length =
        NativeCalls.Kernel32Extra.INSTANCE.GetSystemWindowsDirectory(buffer, buffer.length);
    if (length == 0 || length > buffer.length) {
      throw lastError("GetSystemWindowsDirectory");
    }
    return new NativeSystem(
        version.getMajor(),
        version.getMinor(),
        version.getBuildNumber(),
        version.getProductType(),
        architecture,
        Kernel32.INSTANCE.GetTickCount64(),
        isWow64,
        new String(buffer, 0, length));
  }

  @Override
  public long freeBytes(String directory) throws NativeException {
    WinNT.LARGE_INTEGER available = new WinNT.LARGE_INTEGER();
    WinNT.LARGE_INTEGER total = new WinNT.LARGE_INTEGER();
    WinNT.LARGE_INTEGER free = new WinNT.LARGE_INTEGER();
    if (!Kernel32.INSTANCE.GetDiskFreeSpaceEx(directory, available, total, free)) {
      throw lastError("GetDiskFreeSpaceEx " + directory);
    }
    return free.getValue();
  }

  static NativeException lastError(String what) {
    return error(what, Native.getLastError());
  }

  /** A Win32 error with the system's text for it, when it has one. */
  static NativeException error(String what, int code) {
    String text;
    try {
      text = Kernel32Util.formatMessageFromLastErrorCode(code);
    } catch (RuntimeException e) {
      text = null;
    }
    return NativeException.win32(what, code, text);
  }
}

package org.wuhealth.collector;

/** The operating system's own answers about itself (gather step). */
public interface SystemReader {
  /**
   * RtlGetVersion (the true version, whatever the program's manifest says), GetNativeSystemInfo
   * (the machine's architecture, also from a 32-bit JVM) and the time since boot.
   *
   * @param productType wProductType: 1 workstation, 2 domain controller, 3 server
   * @param processorArchitecture wProcessorArchitecture: 0 x86, 5 ARM, 6 IA64, 9 x64, 12 ARM64
   * @param wow64 true when this process runs under WOW64 (a 32-bit JVM on 64-bit Windows)
   * @param windowsDirectory GetSystemWindowsDirectory, e.g. "C:\Windows"
   */
  record NativeSystem(
      int major,
      int minor,
      int build,
      int productType,
      int processorArchitecture,
      long millisSinceBoot,
      boolean wow64,
      String windowsDirectory) {}

  NativeSystem read() throws NativeException;

  /** Free bytes on the volume of {@code directory} (GetDiskFreeSpaceEx's total free bytes). */
  long freeBytes(String directory) throws NativeException;
}

package org.wuhealth.collector.windows;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Points JNA at the jnidispatch library shipped unpacked in the distribution ({@code
 * lib/native/win32-x86-64/jnidispatch.dll}), so that JNA does not unpack its copy from the jar into
 * the temporary folder: a collection writes nothing but its output. Without that folder (tests, a
 * development checkout) JNA does as it always does.
 */
final class NativeDispatch {
  private NativeDispatch() {}

  /** Must run before the first use of a JNA class, which loads the library. */
  static synchronized void useBundled() {
    if (System.getProperty("jna.boot.library.path") != null) {
      return;
    }
    Path dir = bundledDirectory();
    if (dir != null && Files.isRegularFile(dir.resolve("jnidispatch.dll"))) {
      System.setProperty("jna.boot.library.path", dir.toString());
      System.setProperty("jna.nounpack", "true");
    }
  }

  /** lib/native/PLATFORM beside the jar this class was loaded from. */
  private static Path bundledDirectory() {
    try {
      var source = NativeDispatch.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path jar = Path.of(source.getLocation().toURI());
      Path lib = jar.getParent();
      return lib == null ? null : lib.resolve("native").resolve(platform());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** JNA's name for this JVM's platform: win32-x86-64, win32-x86 or win32-aarch64. */
  static String platform() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "amd64", "x86_64" -> "win32-x86-64";
      case "aarch64", "arm64" -> "win32-aarch64";
      default -> "win32-x86";
    };
  }
}

package org.wuhealth.collector;

import java.util.Locale;

/**
 * A Windows call that failed, with its Win32 error (or HRESULT, for COM). Gather steps throw it;
 * the collector turns it into a collection issue and goes on.
 */
public final class NativeException extends Exception {
  private static final long serialVersionUID = 1L;

  /** ERROR_ACCESS_DENIED: usually a run without elevation. */
  public static final int ACCESS_DENIED = 5;

  private final long code;
  private final boolean hresult;

  private NativeException(String message, long code, boolean hresult) {
    super(message);
    this.code = code;
    this.hresult = hresult;
  }

  /** A Win32 error code (GetLastError, or a status an API returns). */
  public static NativeException win32(String what, int code, String text) {
    if (code == 0) {
      // Wine's stubs, for one, fail without saying why
      return new NativeException(what + ": failed without an error code", 0, false);
    }
    return new NativeException(what + ": " + describe(text, "Win32 error " + code), code, false);
  }

  /** A COM HRESULT. */
  public static NativeException hresult(String what, int hresult, String text) {
    return new NativeException(
        what + ": " + describe(text, String.format(Locale.ROOT, "HRESULT 0x%08X", hresult)),
        hresult & 0xFFFFFFFFL,
        true);
  }

  private static String describe(String text, String number) {
    String t = text == null ? "" : text.strip();
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.isEmpty() ? number : t + " (" + number + ")";
  }

  /**
   * The error as the snapshot writes codes: an HRESULT, a Win32 error in its HRESULT form
   * (0x80070005 for access denied) so that the error tables decode both alike; null without one.
   */
  public String code() {
    if (code == 0) {
      return null;
    }
    long value = hresult ? code : 0x80070000L | (code & 0xFFFF);
    return String.format(Locale.ROOT, "0x%08X", value);
  }
}

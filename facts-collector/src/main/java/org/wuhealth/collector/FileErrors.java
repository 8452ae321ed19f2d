package org.wuhealth.collector;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** File errors as collection issues: the Win32 error Java's exception stands for. */
final class FileErrors {
  private FileErrors() {}

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": access denied (run elevated to read it)";
    }
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": not found";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /** 0x80070005 for access denied, 0x80070002 for a missing file, else none. */
  static String code(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "0x80070005";
    }
    if (e instanceof NoSuchFileException) {
      return "0x80070002";
    }
    return null;
  }
}

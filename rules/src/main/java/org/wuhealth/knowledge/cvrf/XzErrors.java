package org.wuhealth.knowledge.cvrf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Marks errors of the xz decoder as such, so that a truncated .xz file is reported as damaged
 * compressed data and not as malformed XML or JSON (which is what the parser above it would see).
 */
final class XzErrors extends FilterInputStream {
  private static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    Failure(IOException cause) {
      super(
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(),
          cause);
    }
  }

  XzErrors(InputStream in) {
    super(in);
  }

  /** The xz decoder's complaint somewhere in {@code e}'s causes, or null. */
  static String failureIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Failure f) {
        return f.getMessage();
      }
      if (t instanceof javax.xml.stream.XMLStreamException x
          && x.getNestedException() != null
          && x.getNestedException() != t.getCause()) {
        String nested = failureIn(x.getNestedException());
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (IOException e) {
      throw new Failure(e);
    }
  }
}

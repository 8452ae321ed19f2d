package org.wuhealth.importers.text;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Reads a log line by line in bounded memory, for files too large to hold (a CBS.log easily has
 * hundreds of megabytes). The encoding is decided from the first bytes: a byte-order mark, UTF-16
 * without one, else UTF-8 with undecodable bytes replaced (Windows logs are ASCII in practice). A
 * line longer than {@link #MAX_LINE} characters is cut there; the rest of it is skipped.
 */
public final class LineReader implements Closeable {
  /** Longer lines are not log lines worth keeping whole; cutting them bounds memory. */
  public static final int MAX_LINE = 64 * 1024;

  private final Reader reader;
  private final String encoding;
  private final StringBuilder line = new StringBuilder();
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private int lineNumber;
  private int pushedBack = -1;

  public LineReader(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    buffered.mark(StreamEncoding.SNIFF);
    byte[] head = buffered.readNBytes(StreamEncoding.SNIFF);
    buffered.reset();
    StreamEncoding sniffed = StreamEncoding.of(head);
    Charset charset = sniffed.charset();
    int skip = sniffed.markLength();
    buffered.skipNBytes(skip);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    this.reader = new InputStreamReader(buffered, decoder);
    this.encoding = charset.name() + (skip > 0 ? " with BOM" : "");
  }

  public String encoding() {
    return encoding;
  }

  /** The number of the line last returned (1-based). */
  public int lineNumber() {
    return lineNumber;
  }

  /** The next line without its line end, or null at the end of the input. */
  public String next() throws IOException {
    line.setLength(0);
    int c = read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n' && c != '\r' && c != '\u0085') {
      if (line.length() < MAX_LINE) {
        line.append(Lines.normalizeSpace((char) c));
      }
      c = read();
    }
    if (c == '\r') {
      int after = read();
      if (after != '\n' && after >= 0) {
        pushedBack = after;
      }
    }
    lineNumber++;
    return line.toString();
  }

  private int read() throws IOException {
    if (pushedBack >= 0) {
      int c = pushedBack;
      pushedBack = -1;
      return c;
    }
    if (position == limit) {
      limit = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

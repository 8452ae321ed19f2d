package org.wuhealth.collector;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the newest part of a log: the whole file when it is small enough, otherwise its last {@code
 * maxBytes} from the first line that starts there. The encoding's byte-order mark is put back in
 * front, so that a {@code LineReader} decodes the tail of a UTF-16 log (ReportingEvents.log on
 * recent builds) as it would the whole file. Opened read-only, sharing with the writer.
 */
final class LogTail {
  /** The stream, the file's size and the number of bytes skipped at its start (0: none). */
  record Opened(InputStream stream, long size, long skipped) {}

  private LogTail() {}

  static Opened open(Path file, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size <= maxBytes) {
      return new Opened(Files.newInputStream(file, StandardOpenOption.READ), size, 0);
    }
    byte[] head = new byte[4];
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      int n = channel.read(java.nio.ByteBuffer.wrap(head));
      Encoding encoding = Encoding.of(head, n);
      long start = size - maxBytes;
      if (encoding.unit() == 2 && start % 2 != 0) {
        start++;
      }
      channel.position(start);
      InputStream rest = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
      long skipped = start + skipPartialLine(rest, encoding);
      return new Opened(
          new SequenceInputStream(new ByteArrayInputStream(encoding.bom()), rest), size, skipped);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Reads up to and including the next line end; returns the bytes read. */
  private static long skipPartialLine(InputStream in, Encoding encoding) throws IOException {
    long read = 0;
    while (true) {
      int a = in.read();
      if (a < 0) {
        return read;
      }
      read++;
      if (encoding.unit() == 1) {
        if (a == '\n') {
          return read;
        }
        continue;
      }
      int b = in.read();
      if (b < 0) {
        return read;
      }
      read++;
      boolean newline = encoding.bigEndian() ? a == 0 && b == '\n' : a == '\n' && b == 0;
      if (newline) {
        return read;
      }
    }
  }

  /** What the first bytes say: UTF-16 (with or without a byte-order mark) or a byte encoding. */
  private record Encoding(int unit, boolean bigEndian, byte[] bom) {
    static Encoding of(byte[] head, int n) {
      if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        return new Encoding(2, false, new byte[] {(byte) 0xFF, (byte) 0xFE});
      }
      if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        return new Encoding(2, true, new byte[] {(byte) 0xFE, (byte) 0xFF});
      }
      if (n >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
        return new Encoding(2, false, new byte[] {(byte) 0xFF, (byte) 0xFE});
      }
      return new Encoding(1, false, new byte[0]);
    }
  }
}

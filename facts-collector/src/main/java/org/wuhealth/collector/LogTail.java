package org.wuhealth.collector;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.wuhealth.importers.text.StreamEncoding;

/**
 * Opens the newest part of a log: the whole file when it is small enough, otherwise its last {@code
 * maxBytes} from the first line that starts there. The encoding is decided as {@code LineReader}
 * decides it for the whole file ({@code StreamEncoding}), and UTF-16's byte-order mark is put in
 * front, so that the tail of a UTF-16 log (ReportingEvents.log on recent builds) decodes as the
 * whole file would. Opened read-only, sharing with the writer.
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
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      ByteBuffer head = ByteBuffer.allocate(StreamEncoding.SNIFF);
      channel.read(head);
      StreamEncoding encoding = StreamEncoding.of(Arrays.copyOf(head.array(), head.position()));
      long start = size - maxBytes;
      if (encoding.unit() == 2 && start % 2 != 0) {
        start++;
      }
      channel.position(start);
      InputStream rest = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
      long skipped = start + skipPartialLine(rest, encoding);
      return new Opened(
          new SequenceInputStream(new ByteArrayInputStream(encoding.markForPart()), rest),
          size,
          skipped);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Reads up to and including the next line end; returns the bytes read. */
  private static long skipPartialLine(InputStream in, StreamEncoding encoding) throws IOException {
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
}

package org.wuhealth.importers.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the bytes of each entry of a zip archive lie, read from its central directory and local
 * headers, and checked: every entry's local header and data must lie before the central directory,
 * and no two entries may share bytes. A zip bomb within the limits points many directory entries at
 * one compressed entry (9,991 entries at one 1 MiB entry made a 646 KB file that ran for 20 minutes
 * and more), or claims a compressed size its file does not hold; both are refused here, before any
 * entry is inflated. {@link java.util.zip.ZipFile} checks neither.
 */
final class ZipLayout {
  private static final int END = 0x06054b50;
  private static final int END64 = 0x06064b50;
  private static final int END64_LOCATOR = 0x07064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;
  private static final int END_SIZE = 22;
  private static final int CENTRAL_SIZE = 46;
  private static final int LOCAL_SIZE = 30;
  private static final long U32 = 0xFFFFFFFFL;

  /**
   * The bytes of one entry.
   *
   * @param start where its local header starts
   * @param dataStart where its compressed data starts
   * @param compressedSize what the central directory says its data takes
   * @param method its compression method (0 stored, 8 deflated)
   */
  record Span(long start, long dataStart, long compressedSize, int method) {
    long end() {
      return dataStart + compressedSize;
    }
  }

  /** An archive whose layout is refused: one line, without the archive's name. */
  static final class LayoutException extends Exception {
    private static final long serialVersionUID = 1L;

    LayoutException(String message) {
      super(message);
    }
  }

  private ZipLayout() {}

  /**
   * The spans of the entries in central-directory order (the order {@link
   * java.util.zip.ZipFile#entries} gives), at most {@code maxEntries}.
   */
  static List<Span> read(FileChannel file, int maxEntries) throws IOException, LayoutException {
    long length = file.size();
    long endAt = findEnd(file, length);
    ByteBuffer end = read(file, endAt, END_SIZE);
    long entries = u16(end, 10);
    long centralSize = u32(end, 12);
    long centralOffset = u32(end, 16);
    long directoryEnd = endAt;
    if (entries == 0xFFFF || centralSize == U32 || centralOffset == U32) {
      if (endAt < 20 || read(file, endAt - 20, 20).getInt(0) != END64_LOCATOR) {
        throw new LayoutException("the zip64 end of the central directory is missing");
      }
      long end64At = read(file, endAt - 20, 20).getLong(8);
      if (end64At < 0 || end64At > endAt - 56 || read(file, end64At, 56).getInt(0) != END64) {
        throw new LayoutException("the zip64 end of the central directory is damaged");
      }
      ByteBuffer end64 = read(file, end64At, 56);
      entries = end64.getLong(32);
      centralSize = end64.getLong(40);
      centralOffset = end64.getLong(48);
      directoryEnd = end64At;
    }
    if (entries < 0 || entries > maxEntries) {
      throw new LayoutException("more than " + maxEntries + " entries; refusing the archive");
    }
    long centralStart = directoryEnd - centralSize;
    // bytes before the first entry (a self-extracting stub) shift every offset, as ZipFile allows
    long base = centralStart - centralOffset;
    if (centralSize < 0 || centralStart < 0 || base < 0) {
      throw new LayoutException("the central directory lies outside the file");
    }
    List<Span> spans = central(file, read(file, centralStart, centralSize), (int) entries, base);
    checkApart(spans, centralStart);
    return spans;
  }

  private static List<Span> central(FileChannel file, ByteBuffer directory, int entries, long base)
      throws IOException, LayoutException {
    List<Span> spans = new ArrayList<>(entries);
    int at = 0;
    for (int i = 0; i < entries; i++) {
      if (at + CENTRAL_SIZE > directory.limit() || directory.getInt(at) != CENTRAL) {
        throw new LayoutException("the central directory is damaged at entry " + (i + 1));
      }
      int method = (int) u16(directory, at + 10);
      long compressed = u32(directory, at + 20);
      long size = u32(directory, at + 24);
      int nameLength = (int) u16(directory, at + 28);
      int extraLength = (int) u16(directory, at + 30);
      int commentLength = (int) u16(directory, at + 32);
      long offset = u32(directory, at + 42);
      int extra = at + CENTRAL_SIZE + nameLength;
      int next = extra + extraLength + commentLength;
      if (next > directory.limit()) {
        throw new LayoutException("the central directory is damaged at entry " + (i + 1));
      }
      if (size == U32 || compressed == U32 || offset == U32) {
        long[] wide = zip64(directory, extra, extraLength, size == U32, compressed == U32);
        compressed = compressed == U32 ? wide[1] : compressed;
        offset = offset == U32 ? wide[2] : offset;
      }
      spans.add(local(file, base + offset, compressed, method, i + 1));
      at = next;
    }
    return spans;
  }

  /** The zip64 sizes and offset of an entry: {size, compressed, offset}; -1 where absent. */
  private static long[] zip64(
      ByteBuffer directory, int extra, int length, boolean hasSize, boolean hasCompressed)
      throws LayoutException {
    for (int at = extra; at + 4 <= extra + length; ) {
      int id = (int) u16(directory, at);
      int size = (int) u16(directory, at + 2);
      if (id == 0x0001) {
        long[] values = {-1, -1, -1};
        int field = at + 4;
        for (int v = 0; v < 3; v++) {
          boolean present = v == 0 ? hasSize : v == 1 ? hasCompressed : true;
          if (present && field + 8 <= at + 4 + size) {
            values[v] = directory.getLong(field);
            field += 8;
          }
        }
        if (values[1] < -1 || values[2] < -1) {
          throw new LayoutException("a zip64 size or offset is out of range");
        }
        return values;
      }
      at += 4 + size;
    }
    throw new LayoutException("an entry's zip64 sizes are missing");
  }

  private static Span local(FileChannel file, long start, long compressed, int method, int number)
      throws IOException, LayoutException {
    if (start < 0 || compressed < 0 || start > file.size() - LOCAL_SIZE) {
      throw new LayoutException("entry " + number + " starts outside the file");
    }
    ByteBuffer header = read(file, start, LOCAL_SIZE);
    if (header.getInt(0) != LOCAL) {
      throw new LayoutException("entry " + number + " has no local header where it should start");
    }
    long dataStart = start + LOCAL_SIZE + u16(header, 26) + u16(header, 28);
    return new Span(start, dataStart, compressed, method);
  }

  /** Every span lies before the central directory, and no two share a byte. */
  private static void checkApart(List<Span> spans, long centralStart) throws LayoutException {
    List<Span> ordered = new ArrayList<>(spans);
    ordered.sort(Comparator.comparingLong(Span::start));
    Span previous = null;
    int overlapping = 0;
    for (Span span : ordered) {
      if (span.end() > centralStart || span.end() < span.dataStart()) {
        throw new LayoutException(
            "an entry claims "
                + span.compressedSize()
                + " compressed bytes, more than the file holds before its central directory;"
                + " refusing a possible zip bomb");
      }
      if (previous != null && span.start() < previous.end()) {
        overlapping++;
      }
      if (previous == null || span.end() > previous.end()) {
        previous = span;
      }
    }
    if (overlapping > 0) {
      throw new LayoutException(
          overlapping
              + (overlapping == 1 ? " entry shares" : " entries share")
              + " bytes with another; refusing a possible zip bomb");
    }
  }

  /** The end of the central directory: the last signature that ZipFile would accept too. */
  private static long findEnd(FileChannel file, long length) throws IOException, LayoutException {
    long from = Math.max(0, length - END_SIZE - 0xFFFF);
    ByteBuffer tail = read(file, from, length - from);
    for (int i = tail.limit() - END_SIZE; i >= 0; i--) {
      if (tail.getInt(i) == END && i + END_SIZE + u16(tail, i + 20) <= tail.limit()) {
        return from + i;
      }
    }
    throw new LayoutException("no end of central directory");
  }

  private static ByteBuffer read(FileChannel file, long at, long length)
      throws IOException, LayoutException {
    if (at < 0 || length < 0 || length > Integer.MAX_VALUE - 8 || at + length > file.size()) {
      throw new LayoutException("a record lies outside the file");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (file.read(buffer, at + buffer.position()) < 0) {
        throw new LayoutException("a record lies outside the file");
      }
    }
    return buffer.flip();
  }

  private static long u16(ByteBuffer b, int at) {
    return b.getShort(at) & 0xFFFFL;
  }

  private static long u32(ByteBuffer b, int at) {
    return b.getInt(at) & U32;
  }
}

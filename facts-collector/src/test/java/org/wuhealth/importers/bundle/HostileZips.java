package org.wuhealth.importers.bundle;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The zip bombs of issue 17, case 11, written byte by byte (ZipOutputStream cannot make them):
 * central directories whose entries share one compressed entry, or claim more compressed bytes than
 * the file holds, and a deflate stream followed by padding so that the directory's sizes suggest an
 * honest ratio. Also seeds of the zip fuzz target.
 */
public final class HostileZips {
  private HostileZips() {}

  /** One entry written to the file, and how the central directory describes it. */
  private record Local(
      String name, long offset, int method, long crc, long compressed, long size) {}

  /**
   * {@code entries} directory entries ("CBS-1.log", ...) all pointing at the local header of one
   * deflated entry of {@code size} bytes of log text. The case: 9,991 entries at one 1 MiB
   * entry, a 646 KB file that ran for 20 minutes and more.
   */
  public static byte[] overlapping(int entries, int size) {
    Writer w = new Writer();
    Local one = w.local("CBS.log", log(size), true, 0);
    List<Local> all = new ArrayList<>();
    for (int i = 1; i <= entries; i++) {
      all.add(
          new Local(
              "CBS-" + i + ".log", one.offset, one.method, one.crc, one.compressed, one.size));
    }
    return w.finish(all);
  }

  /**
   * Two entries, the second one's local header inside the first one's compressed data (the "better
   * zip bomb" layout, where entries share their compressed bytes without sharing a start).
   */
  public static byte[] nested() {
    Writer w = new Writer();
    byte[] inner = w.localHeader("b.log", 0, 0, 0, 0);
    // a stored first entry whose data begins with the second entry's local header
    byte[] data = new byte[inner.length + 64];
    System.arraycopy(inner, 0, data, 0, inner.length);
    Local first = w.local("a.log", data, false, 0);
    long secondOffset = first.offset + 30 + "a.log".length();
    return w.finish(List.of(first, new Local("b.log", secondOffset, 0, 0, 0, 0)));
  }

  /**
   * One deflated entry of {@code size} zero bytes whose central directory claims {@code claimed}
   * compressed bytes: the case claimed 200 MB for an entry that inflates 294:1.
   */
  public static byte[] claimingCompressedSize(int size, long claimed) {
    Writer w = new Writer();
    Local entry = w.local("CBS.log", new byte[size], true, 0);
    return w.finish(
        List.of(new Local(entry.name, entry.offset, entry.method, entry.crc, claimed, entry.size)));
  }

  /**
   * One deflated entry of {@code size} zero bytes followed by {@code padding} bytes that the
   * directory counts as compressed data: the directory's ratio looks honest, the bytes read are
   * not.
   */
  public static byte[] padded(int size, int padding) {
    Writer w = new Writer();
    Local entry = w.local("CBS.log", new byte[size], true, padding);
    return w.finish(List.of(entry));
  }

  /** A CBS.log-like text of {@code size} bytes (compresses some 300:1, as repeated lines do). */
  private static byte[] log(int size) {
    byte[] line =
        "2016-10-12 09:17:01, Info                  CBS    Session: 30546354_1 initialized\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] text = new byte[size];
    for (int i = 0; i < size; i++) {
      text[i] = line[i % line.length];
    }
    return text;
  }

  /** Writes local entries, then a central directory and its end. */
  private static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Local local(String name, byte[] content, boolean deflate, int padding) {
      CRC32 crc = new CRC32();
      crc.update(content);
      byte[] data = deflate ? deflate(content) : content;
      long offset = out.size();
      long compressed = data.length + padding;
      out.writeBytes(
          localHeader(name, deflate ? 8 : 0, crc.getValue(), compressed, content.length));
      out.writeBytes(data);
      out.writeBytes(new byte[padding]);
      return new Local(
          name, offset, deflate ? 8 : 0, crc.getValue(), compressed, (long) content.length);
    }

    byte[] localHeader(String name, int method, long crc, long compressed, long size) {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      ByteBuffer b = ByteBuffer.allocate(30 + n.length).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method);
      b.putShort((short) 0).putShort((short) 0x21);
      b.putInt((int) crc).putInt((int) compressed).putInt((int) size);
      b.putShort((short) n.length).putShort((short) 0).put(n);
      return b.array();
    }

    byte[] finish(List<Local> entries) {
      long start = out.size();
      for (Local e : entries) {
        byte[] n = e.name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(46 + n.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0);
        b.putShort((short) e.method).putShort((short) 0).putShort((short) 0x21);
        b.putInt((int) e.crc).putInt((int) e.compressed).putInt((int) e.size);
        b.putShort((short) n.length).putShort((short) 0).putShort((short) 0);
        b.putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) e.offset).put(n);
        out.writeBytes(b.array());
      }
      long size = out.size() - start;
      ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
      end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
      end.putShort((short) entries.size()).putShort((short) entries.size());
      end.putInt((int) size).putInt((int) start).putShort((short) 0);
      out.writeBytes(end.array());
      return out.toByteArray();
    }

    private static byte[] deflate(byte[] content) {
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
      deflater.setInput(content);
      deflater.finish();
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!deflater.finished()) {
        data.write(buffer, 0, deflater.deflate(buffer));
      }
      deflater.end();
      return data.toByteArray();
    }
  }
}

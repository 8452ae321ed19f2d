package org.wuhealth.importers.bundle;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.parsing.SourceFile;

/**
 * A zip archive read safely: entries are read in memory and never written to disk, and names that
 * would escape a folder ("../", "/etc", "C:\") are refused anyway, as are archives with too many
 * entries, entries larger than the limits and entries that inflate far beyond their compressed size
 * (zip bombs), entries that share bytes or claim more bytes than the file holds ({@link
 * ZipLayout}). Stored and deflated entries are read from the file by this class, so that the ratio
 * of what an entry inflates to against the compressed bytes really read is counted while reading
 * (the sizes in the directory can lie), as is the total inflated by every read of the archive.
 */
final class ZipArchive implements AutoCloseable {
  private static final long MIB = 1024L * 1024;

  private static final int STORED = 0;
  private static final int DEFLATED = 8;

  private final ZipFile zip;
  private final FileChannel file;
  private final String name;
  private final ImportLimits limits;
  private long inflated;

  private ZipArchive(ZipFile zip, FileChannel file, String name, ImportLimits limits) {
    this.zip = zip;
    this.file = file;
    this.name = name;
    this.limits = limits;
  }

  static ZipArchive open(Path path, ImportLimits limits) throws ImportException {
    ZipFile zip = null;
    try {
      zip = new ZipFile(path.toFile());
      return new ZipArchive(
          zip, FileChannel.open(path, StandardOpenOption.READ), path.toString(), limits);
    } catch (ZipException e) {
      throw new ImportException(
          path.toString(), null, "not a readable zip archive: " + e.getMessage());
    } catch (IOException e) {
      closeQuietly(zip);
      throw new ImportException(path.toString(), null, "cannot read: " + e.getMessage());
    }
  }

  private static void closeQuietly(ZipFile zip) {
    if (zip != null) {
      try {
        zip.close();
      } catch (IOException e) {
        // closing a read-only archive cannot lose data
      }
    }
  }

  /** The entries to import; unsafe ones are added to {@code skipped}. */
  List<SourceFile> entries(List<Skipped> skipped) throws ImportException {
    List<ZipEntry> all = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      all.add(e.nextElement());
      if (all.size() > limits.maxZipEntries()) {
        throw new ImportException(
            name, null, "more than " + limits.maxZipEntries() + " entries; refusing the archive");
      }
    }
    List<ZipLayout.Span> spans = layout(all.size());
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ZipEntry entry = all.get(i);
      if (entry.isDirectory()) {
        continue;
      }
      String display = name + "!/" + entry.getName();
      String unsafe = unsafeName(entry.getName());
      if (unsafe != null) {
        skipped.add(new Skipped(display, unsafe));
        continue;
      }
      long size = entry.getSize();
      long compressed = entry.getCompressedSize();
      if (size > limits.maxLogBytes()) {
        throw new ImportException(
            display,
            null,
            "entry of " + size + " bytes, over the limit of " + limits.maxLogBytes());
      }
      if (size > MIB && compressed > 0 && size / compressed > limits.maxCompressionRatio()) {
        throw new ImportException(
            display,
            null,
            "compressed "
                + (size / compressed)
                + ":1, more than "
                + limits.maxCompressionRatio()
                + ":1; refusing a possible zip bomb");
      }
      files.add(new Entry(entry, spans.get(i), display));
    }
    return files;
  }

  /** The bytes of each entry, in the order ZipFile lists them; refuses overlapping entries. */
  private List<ZipLayout.Span> layout(int entries) throws ImportException {
    try {
      List<ZipLayout.Span> spans = ZipLayout.read(file, limits.maxZipEntries());
      if (spans.size() != entries) {
        throw new ImportException(
            name, null, "its central directory cannot be read consistently; refusing the archive");
      }
      return spans;
    } catch (ZipLayout.LayoutException e) {
      throw new ImportException(name, null, e.getMessage());
    } catch (IOException e) {
      throw new ImportException(name, null, "cannot read: " + e.getMessage());
    }
  }

  /** Why a name is unsafe to use as a path, or null when it is fine. */
  static String unsafeName(String entryName) {
    String n = entryName.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
      return "absolute path in the archive";
    }
    for (String segment : n.split("/")) {
      if (segment.equals("..")) {
        return "path leaves the archive (\"..\")";
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    try (file) {
      zip.close();
    }
  }

  /** One entry; its stream counts what it inflates to against the entry and archive limits. */
  private final class Entry implements SourceFile {
    private final ZipEntry entry;
    private final ZipLayout.Span span;
    private final String display;

    Entry(ZipEntry entry, ZipLayout.Span span, String display) {
      this.entry = entry;
      this.span = span;
      this.display = display;
    }

    @Override
    public String name() {
      return display;
    }

    @Override
    public long size() {
      return Math.max(entry.getSize(), 0);
    }

    @Override
    public Instant modified() {
      return entry.getLastModifiedTime() == null ? null : entry.getLastModifiedTime().toInstant();
    }

    @Override
    public InputStream open() throws IOException {
      InputStream data = new Region(file, span.dataStart(), span.compressedSize());
      if (span.method() == STORED) {
        return new Counting(data, null);
      }
      if (span.method() == DEFLATED) {
        Inflater inflater = new Inflater(true);
        return new Counting(new Inflating(data, inflater), inflater::getBytesRead);
      }
      // other methods: ZipFile refuses them with its own message
      return new Counting(zip.getInputStream(entry), span::compressedSize);
    }
  }

  /** The bytes of one region of the file. */
  private static final class Region extends InputStream {
    private final FileChannel file;
    private final long end;
    private long position;

    Region(FileChannel file, long start, long length) {
      this.file = file;
      this.position = start;
      this.end = start + length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (position >= end) {
        return -1;
      }
      int n =
          file.read(
              ByteBuffer.wrap(buffer, offset, (int) Math.min(length, end - position)), position);
      if (n < 0) {
        throw new EOFException("the archive ends inside an entry");
      }
      position += n;
      return n;
    }
  }

  /**
   * Raw deflate, as ZipFile inflates entries: the inflater frees its native memory on close, and is
   * given one extra zero byte at the end of the data, which some deflate streams need.
   */
  private static final class Inflating extends InflaterInputStream {
    private boolean ended;

    Inflating(InputStream in, Inflater inflater) {
      super(in, inflater, 8192);
    }

    @Override
    protected void fill() throws IOException {
      if (ended) {
        throw new EOFException("Unexpected end of ZLIB input stream");
      }
      len = in.read(buf, 0, buf.length);
      if (len == -1) {
        buf[0] = 0;
        len = 1;
        ended = true;
      }
      inf.setInput(buf, 0, len);
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        inf.end();
      }
    }
  }

  /**
   * Counts the bytes an entry inflates to, against the log limit and the compression ratio (of the
   * compressed bytes really read), and the bytes of the whole archive, over every read of it.
   */
  private final class Counting extends FilterInputStream {
    private final LongSupplier compressedRead;
    private long count;

    /**
     * @param compressedRead the compressed bytes read so far; null when the entry is stored
     */
    Counting(InputStream in, LongSupplier compressedRead) {
      super(in);
      this.compressedRead = compressedRead;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      inflated += n;
      if (count > limits.maxLogBytes()) {
        throw new IOException(
            "inflates beyond the log limit of "
                + limits.maxLogBytes()
                + " bytes; refusing a possible zip bomb");
      }
      long compressed = compressedRead == null ? count : Math.max(1, compressedRead.getAsLong());
      if (count > MIB && count / compressed > limits.maxCompressionRatio()) {
        throw new IOException(
            "inflated "
                + count
                + " bytes from "
                + compressed
                + " compressed bytes read, more than "
                + limits.maxCompressionRatio()
                + ":1; refusing a possible zip bomb");
      }
      if (inflated > limits.maxZipBytes()) {
        throw new IOException(
            "the archive inflates beyond " + limits.maxZipBytes() + " bytes in total");
      }
    }
  }
}

package org.wuhealth.importers.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
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
 * (zip bombs). What an entry really inflates to is counted while reading, since the sizes in the
 * directory can lie.
 */
final class ZipArchive implements AutoCloseable {
  private static final long MIB = 1024L * 1024;

  private final ZipFile zip;
  private final String name;
  private final ImportLimits limits;
  private long inflated;

  private ZipArchive(ZipFile zip, String name, ImportLimits limits) {
    this.zip = zip;
    this.name = name;
    this.limits = limits;
  }

  static ZipArchive open(Path path, ImportLimits limits) throws ImportException {
    try {
      return new ZipArchive(new ZipFile(path.toFile()), path.toString(), limits);
    } catch (ZipException e) {
      throw new ImportException(
          path.toString(), null, "not a readable zip archive: " + e.getMessage());
    } catch (IOException e) {
      throw new ImportException(path.toString(), null, "cannot read: " + e.getMessage());
    }
  }

  /** The entries to import; unsafe ones are added to {@code skipped}. */
  List<SourceFile> entries(List<Skipped> skipped) throws ImportException {
    List<SourceFile> files = new ArrayList<>();
    int count = 0;
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      ZipEntry entry = e.nextElement();
      if (++count > limits.maxZipEntries()) {
        throw new ImportException(
            name, null, "more than " + limits.maxZipEntries() + " entries; refusing the archive");
      }
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
      files.add(new Entry(entry, display));
    }
    return files;
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
    zip.close();
  }

  /** One entry; its stream counts what it inflates to against the entry and archive limits. */
  private final class Entry implements SourceFile {
    private final ZipEntry entry;
    private final String display;

    Entry(ZipEntry entry, String display) {
      this.entry = entry;
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
      long compressed = entry.getCompressedSize();
      long entryLimit =
          compressed > 0
              ? Math.min(
                  limits.maxLogBytes(), Math.max(MIB, compressed * limits.maxCompressionRatio()))
              : limits.maxLogBytes();
      return new Counting(zip.getInputStream(entry), entryLimit);
    }
  }

  /** Counts inflated bytes of one entry and of the whole archive. */
  private final class Counting extends FilterInputStream {
    private final long entryLimit;
    private long count;

    Counting(InputStream in, long entryLimit) {
      super(in);
      this.entryLimit = entryLimit;
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
      if (count > entryLimit) {
        throw new IOException(
            "inflates beyond "
                + entryLimit
                + " bytes ("
                + limits.maxCompressionRatio()
                + " times its compressed size or the log limit); refusing a possible zip bomb");
      }
      if (inflated > limits.maxZipBytes()) {
        throw new IOException(
            "the archive inflates beyond " + limits.maxZipBytes() + " bytes in total");
      }
    }
  }
}

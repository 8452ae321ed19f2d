package org.wuhealth.knowledge.cvrf;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.tukaani.xz.XZFormatException;
import org.tukaani.xz.XZInputStream;
import org.wuhealth.io.FileKinds;

/**
 * Reads CVRF documents from files, folders and streams: XML (CVRF 1.1, as MSRC publishes it) or the
 * CVRF API's JSON, each plain or xz-compressed, and zip archives of such files. The format is told
 * by content, not by name. Everything is streamed: a document of 10 MB is never held in memory.
 */
public final class CvrfFiles {
  private static final byte[] XZ_MAGIC = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final List<String> DOCUMENT_SUFFIXES = List.of(".xml", ".json", ".xz", ".zip");

  private CvrfFiles() {}

  /**
   * The files that {@code paths} name: a file as given, a folder's files (recursively, in name
   * order) that look like CVRF documents by their suffix (.xml, .json, .xz, .zip).
   *
   * @throws CvrfException when a path does not exist
   */
  public static List<Path> expand(List<Path> paths) throws CvrfException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> looksLikeDocument(p.getFileName().toString()))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new CvrfException(
              path.toString(), null, "cannot list the folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new CvrfException(path.toString(), null, FileKinds.notAFile(path));
      }
    }
    return files;
  }

  static boolean looksLikeDocument(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return DOCUMENT_SUFFIXES.stream().anyMatch(lower::endsWith);
  }

  /** Every document in {@code file}: one, or each member of a zip archive. */
  public static List<CvrfDocument> read(Path file) throws CvrfException {
    String name = file.toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      if (startsWith(in, ZIP_MAGIC)) {
        return zip(name, in);
      }
      return List.of(read(name, in));
    } catch (IOException e) {
      throw new CvrfException(name, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /** One document, plain or xz-compressed, from a stream (a file, a zip member, a download). */
  public static CvrfDocument read(String name, InputStream stream) throws CvrfException {
    try {
      InputStream in = stream.markSupported() ? stream : new BufferedInputStream(stream, 1 << 16);
      if (startsWith(in, XZ_MAGIC)) {
        in = new BufferedInputStream(new XzErrors(new XZInputStream(in)), 1 << 16);
      }
      if (startsWith(in, ZIP_MAGIC)) {
        throw new CvrfException(name, null, "a zip archive inside another one is not read");
      }
      return switch (firstCharacter(in)) {
        case '<' -> XmlCvrfParser.parse(name, in);
        case '{' -> JsonCvrfParser.parse(name, in);
        case -1 -> throw new CvrfException(name, null, "empty file");
        default ->
            throw new CvrfException(
                name, "1:1", "not a CVRF document: neither XML nor JSON (plain, xz or zip)");
      };
    } catch (XZFormatException e) {
      throw new CvrfException(name, null, "damaged xz data: " + e.getMessage(), e);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /** A read error, told apart from damaged xz data (which is the more useful message). */
  static CvrfException unreadable(String name, Throwable e) {
    String xz = XzErrors.failureIn(e);
    return xz != null
        ? new CvrfException(name, null, "truncated or damaged xz data: " + xz, e)
        : new CvrfException(name, null, "cannot read: " + e.getMessage(), e);
  }

  private static List<CvrfDocument> zip(String name, InputStream in)
      throws IOException, CvrfException {
    List<CvrfDocument> documents = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory() && looksLikeDocument(e.getName())) {
          documents.add(read(name + "!/" + e.getName(), new KeepOpen(zip)));
        }
      }
    } catch (ZipException e) {
      throw new CvrfException(name, null, "damaged zip archive: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // ZipInputStream throws it for an entry name that is not UTF-8
      throw new CvrfException(
          name, null, "damaged zip archive: an entry name is not valid UTF-8", e);
    }
    if (documents.isEmpty()) {
      throw new CvrfException(
          name, null, "the zip archive holds no CVRF document (.xml, .json, .xz)");
    }
    return documents;
  }

  private static boolean startsWith(InputStream in, byte[] magic) throws IOException {
    in.mark(magic.length);
    byte[] head = in.readNBytes(magic.length);
    in.reset();
    return Arrays.equals(head, magic);
  }

  /** The first character after a byte-order mark and white space, or -1; the stream is reset. */
  private static int firstCharacter(InputStream in) throws IOException {
    in.mark(4096);
    try {
      int b = in.read();
      if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
        b = in.read();
      }
      int skipped = 0;
      while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        if (++skipped > 4000) {
          return 0;
        }
        b = in.read();
      }
      return b;
    } finally {
      in.reset();
    }
  }

  /** A zip member's stream that a parser may close without closing the archive. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the archive goes on to its next member
    }
  }
}

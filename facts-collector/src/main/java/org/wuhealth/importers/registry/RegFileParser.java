package org.wuhealth.importers.registry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wuhealth.importers.ImportException;
import org.wuhealth.importers.text.Lines;

/**
 * Reads a registry export ({@code reg export} or regedit): "Windows Registry Editor Version 5.00"
 * (UTF-16LE, strings inside {@code hex(2)}/{@code hex(7)} in UTF-16LE) or "REGEDIT4" (ANSI, those
 * strings in single bytes). Every exported key counts as covered: an export holds the whole subtree
 * of the key it was made from. Deletion entries ({@code [-KEY]}, {@code "name"=-}) are skipped.
 */
public final class RegFileParser {
  public static final String HEADER_5 = "Windows Registry Editor Version 5.00";
  public static final String HEADER_4 = "REGEDIT4";

  private RegFileParser() {}

  /** True when the first non-blank line of {@code text} is a registry export header. */
  public static boolean isRegistryExport(String firstLine) {
    String t = firstLine.strip();
    return t.equalsIgnoreCase(HEADER_5) || t.equalsIgnoreCase(HEADER_4);
  }

  /** Parses one export into a tree of its own. */
  public static RegistryTree parse(String file, String text) throws ImportException {
    RegistryTree.Builder tree = RegistryTree.builder();
    parseInto(tree, file, text);
    return tree.build();
  }

  /**
   * Adds the keys of one export to {@code tree}, so that several exports of one host (a key per
   * file, as {@code reg export} makes them) form one registry.
   */
  public static void parseInto(RegistryTree.Builder tree, String file, String text)
      throws ImportException {
    List<String> lines = Lines.split(text);
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size() || !isRegistryExport(lines.get(first))) {
      throw new ImportException(
          file, first + 1, "not a registry export: the first line must be \"" + HEADER_5 + "\"");
    }
    boolean unicode = lines.get(first).strip().equalsIgnoreCase(HEADER_5);
    Charset strings = unicode ? StandardCharsets.UTF_16LE : Charset.forName("windows-1252");
    List<String> roots = new ArrayList<>();
    String key = null;
    for (int i = first + 1; i < lines.size(); i++) {
      int lineNumber = i + 1;
      StringBuilder logical = new StringBuilder(lines.get(i).strip());
      while (logical.length() > 0
          && logical.charAt(logical.length() - 1) == '\\'
          && isHexContinuation(logical)
          && i + 1 < lines.size()) {
        logical.setLength(logical.length() - 1);
        logical.append(lines.get(++i).strip());
      }
      String line = logical.toString();
      if (line.endsWith("\\") && isHexContinuation(line)) {
        throw new ImportException(file, lineNumber, "value cut off at the end of the file");
      }
      if (line.isEmpty() || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]")) {
          throw new ImportException(file, lineNumber, "key line without a closing ']'");
        }
        String path = line.substring(1, line.length() - 1);
        if (path.startsWith("-")) {
          key = null;
          continue;
        }
        key = path;
        tree.key(key);
        if (roots.stream().noneMatch(r -> isBelow(path, r))) {
          roots.add(path);
        }
        continue;
      }
      if (key == null) {
        if (line.startsWith("\"") || line.startsWith("@")) {
          continue; // a value of a deleted key, or before any key: nothing to keep
        }
        throw new ImportException(file, lineNumber, "unexpected line outside a key: " + clip(line));
      }
      RegistryValue value = value(file, lineNumber, line, strings);
      if (value != null) {
        tree.value(key, value);
      }
    }
    roots.forEach(root -> tree.covered(root, file));
  }

  private static boolean isBelow(String path, String root) {
    return path.regionMatches(true, 0, root + "\\", 0, root.length() + 1);
  }

  /** Only hex data continues on the next line; a string value ends with its closing quote. */
  private static boolean isHexContinuation(CharSequence line) {
    return line.toString().toLowerCase(Locale.ROOT).contains("=hex");
  }

  private static RegistryValue value(String file, int line, String text, Charset strings)
      throws ImportException {
    String name;
    int rest;
    if (text.startsWith("@")) {
      name = "";
      rest = 1;
    } else if (text.startsWith("\"")) {
      StringBuilder n = new StringBuilder();
      int i = 1;
      for (; i < text.length() && text.charAt(i) != '"'; i++) {
        if (text.charAt(i) == '\\' && i + 1 < text.length()) {
          i++;
        }
        n.append(text.charAt(i));
      }
      if (i >= text.length()) {
        throw new ImportException(file, line, "value name without a closing quote");
      }
      name = n.toString();
      rest = i + 1;
    } else {
      throw new ImportException(
          file, line, "expected \"name\"=value or a [key], got " + clip(text));
    }
    String data = text.substring(rest).strip();
    if (!data.startsWith("=")) {
      throw new ImportException(file, line, "expected '=' after the value name");
    }
    data = data.substring(1).strip();
    if (data.equals("-")) {
      return null;
    }
    if (data.startsWith("\"")) {
      return RegistryValue.string(name, unquote(file, line, data));
    }
    String lower = data.toLowerCase(Locale.ROOT);
    if (lower.startsWith("dword:")) {
      String hex = data.substring(6).strip();
      if (!hex.matches("[0-9a-fA-F]{1,8}")) {
        throw new ImportException(file, line, "bad dword value: " + clip(data));
      }
      return RegistryValue.dword(name, Long.parseLong(hex, 16));
    }
    if (lower.startsWith("hex")) {
      return hex(file, line, name, data, strings);
    }
    throw new ImportException(file, line, "unknown value data: " + clip(data));
  }

  private static String unquote(String file, int line, String data) throws ImportException {
    StringBuilder s = new StringBuilder();
    int i = 1;
    for (; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c == '\\' && i + 1 < data.length()) {
        s.append(data.charAt(++i));
      } else if (c == '"') {
        break;
      } else {
        s.append(c);
      }
    }
    if (i >= data.length()) {
      throw new ImportException(file, line, "string value without a closing quote");
    }
    return s.toString();
  }

  private static RegistryValue hex(String file, int line, String name, String data, Charset strings)
      throws ImportException {
    int colon = data.indexOf(':');
    if (colon < 0) {
      throw new ImportException(file, line, "hex value without ':'");
    }
    String kind = data.substring(0, colon).toLowerCase(Locale.ROOT);
    int type;
    if (kind.equals("hex")) {
      type = 3;
    } else if (kind.matches("hex\\([0-9a-f]{1,8}\\)")) {
      type = Integer.parseInt(kind.substring(4, kind.length() - 1), 16);
    } else {
      throw new ImportException(file, line, "unknown value type " + kind);
    }
    byte[] bytes = bytes(file, line, data.substring(colon + 1));
    return switch (type) {
      case 1 -> new RegistryValue(name, RegistryValue.Type.STRING, string(bytes, strings));
      case 2 -> new RegistryValue(name, RegistryValue.Type.EXPAND_STRING, string(bytes, strings));
      case 4 -> new RegistryValue(name, RegistryValue.Type.DWORD, littleEndian(bytes, 4));
      case 7 -> new RegistryValue(name, RegistryValue.Type.MULTI_STRING, multi(bytes, strings));
      case 0xb -> new RegistryValue(name, RegistryValue.Type.QWORD, littleEndian(bytes, 8));
      case 0 -> new RegistryValue(name, RegistryValue.Type.NONE, bytes);
      default -> new RegistryValue(name, RegistryValue.Type.BINARY, bytes);
    };
  }

  private static byte[] bytes(String file, int line, String hex) throws ImportException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : hex.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!p.matches("[0-9a-fA-F]{1,2}")) {
        throw new ImportException(file, line, "bad hex byte '" + clip(p) + "'");
      }
      out.write(Integer.parseInt(p, 16));
    }
    return out.toByteArray();
  }

  private static long littleEndian(byte[] bytes, int width) {
    long value = 0;
    for (int i = Math.min(width, bytes.length) - 1; i >= 0; i--) {
      value = (value << 8) | (bytes[i] & 0xFF);
    }
    return value;
  }

  private static String string(byte[] bytes, Charset charset) {
    String s = new String(bytes, charset);
    int nul = s.indexOf('\0');
    return nul < 0 ? s : s.substring(0, nul);
  }

  /**
   * A REG_MULTI_SZ by its length, not by its first double NUL: PendingFileRenameOperations pairs a
   * file with an empty string when the file is to be deleted at restart.
   */
  static List<String> multi(byte[] bytes, Charset charset) {
    String s = new String(bytes, charset);
    if (s.endsWith("\0\0")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("\0")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\0", -1));
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}

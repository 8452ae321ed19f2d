package org.wuhealth.importers.registry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wuhealth.importers.text.Lines;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.snapshot.Excerpt;

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
    Set<String> rootSet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    String key = null;
    for (int i = first + 1; i < lines.size(); i++) {
      int lineNumber = i + 1;
      StringBuilder logical = new StringBuilder(lines.get(i).strip());
      // whether the value is hex data is known from its first line (asking the whole logical line
      // again at each continuation made a hex(7) of 20,000 lines quadratic)
      boolean hex = isHexContinuation(logical);
      while (hex
          && logical.length() > 0
          && logical.charAt(logical.length() - 1) == '\\'
          && i + 1 < lines.size()) {
        logical.setLength(logical.length() - 1);
        logical.append(lines.get(++i).strip());
      }
      String line = logical.toString();
      if (hex && line.endsWith("\\")) {
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
        if (!rootSet.contains(path) && !isBelowAny(path, rootSet)) {
          roots.add(path);
          rootSet.add(path);
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
        Optional<String> wrong = RegistryFactsMapper.implausible(key, value);
        if (wrong.isPresent()) {
          throw new ImportException(file, lineNumber, wrong.get());
        }
        tree.value(key, value);
      }
    }
    roots.forEach(root -> tree.covered(root, file));
  }

  /**
   * True when a parent of {@code path} is among {@code roots}: its ancestors are looked up, so that
   * an export of 150,000 sibling keys, each a root, is not quadratic.
   */
  private static boolean isBelowAny(String path, Set<String> roots) {
    for (int slash = path.indexOf('\\'); slash >= 0; slash = path.indexOf('\\', slash + 1)) {
      if (roots.contains(path.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
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
      throw new ImportException(file, line, "unknown value type " + clip(kind));
    }
    return RegistryValue.fromBytes(
        name, type, bytes(file, line, data.substring(colon + 1)), strings);
  }

  /**
   * The bytes of "00,1f, a0": read in one pass without splitting (a 5 MB line of hex split into
   * strings needed 673 MB).
   */
  private static byte[] bytes(String file, int line, String hex) throws ImportException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(hex.length() / 3 + 1);
    int n = hex.length();
    int i = 0;
    while (i <= n) {
      int end = hex.indexOf(',', i);
      if (end < 0) {
        end = n;
      }
      int from = i;
      int to = end;
      while (from < to && Character.isWhitespace(hex.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(hex.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        int high = to - from == 2 ? Character.digit(hex.charAt(from), 16) : 0;
        int low = Character.digit(hex.charAt(to - 1), 16);
        if (to - from > 2 || high < 0 || low < 0 || !isAsciiHex(hex, from, to)) {
          throw new ImportException(
              file, line, "bad hex byte '" + clip(hex.substring(from, to)) + "'");
        }
        out.write(high * 16 + low);
      }
      i = end + 1;
    }
    return out.toByteArray();
  }

  private static String clip(String s) {
    return Excerpt.quote(s);
  }
}

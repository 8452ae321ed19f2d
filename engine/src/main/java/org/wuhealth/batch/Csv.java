package org.wuhealth.batch;

import java.util.List;

/** RFC 4180 CSV rows, safe to open in a spreadsheet. */
final class Csv {
  private Csv() {}

  static String row(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(values.get(i)));
    }
    return b.append("\r\n").toString();
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    // A cell starting with = + - @ (or a tab or CR) is a formula to a spreadsheet; snapshot text is
    // untrusted, so such cells get a leading apostrophe (the OWASP CSV-injection advice).
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0
        || !v.equals(value)) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}

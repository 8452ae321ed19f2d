package org.wuhealth.importers.systeminfo;

import java.util.List;

/**
 * One systeminfo field: its (possibly translated) label, the value on the label's line and the
 * indented lines that continue it ("[01]: KB2919355").
 *
 * @param line the 1-based line of the label (for CSV and table output: the data row)
 */
record Field(int line, String label, String value, List<String> items) {
  Field {
    items = List.copyOf(items);
  }
}

package org.wuhealth.batch;

import java.util.regex.Pattern;

/**
 * One name per release for the fleet views: systeminfo says "Microsoft Windows Server 2012 R2
 * Standard" (older ones "Microsoft® Windows Server® 2008 Standard") where the registry says
 * "Windows Server 2012 R2 Standard", and a fleet mixing both exports must count them together.
 */
final class OsNames {
  private static final Pattern MARKS =
      Pattern.compile("\\s*(®|™|\\(R\\)|\\(TM\\))", Pattern.CASE_INSENSITIVE);
  private static final Pattern VENDOR = Pattern.compile("^Microsoft\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final String UNKNOWN = "(unknown OS)";

  private OsNames() {}

  static String of(String productName) {
    if (productName == null || productName.isBlank()) {
      return UNKNOWN;
    }
    String name = MARKS.matcher(productName).replaceAll("");
    name = SPACES.matcher(name.strip()).replaceAll(" ");
    return VENDOR.matcher(name).replaceFirst("");
  }
}

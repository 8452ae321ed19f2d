package org.wuhealth.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * Names already seen: a fleet has a few dozen, and three regular expressions per host showed in
   * the batch's profile. Bounded, so that a fleet of odd names cannot grow it.
   */
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

  private static final int MAX_SEEN = 512;

  static String of(String productName) {
    if (productName == null || productName.isBlank()) {
      return UNKNOWN;
    }
    String known = SEEN.get(productName);
    if (known != null) {
      return known;
    }
    String name = MARKS.matcher(productName).replaceAll("");
    name = SPACES.matcher(name.strip()).replaceAll(" ");
    name = VENDOR.matcher(name).replaceFirst("");
    if (SEEN.size() < MAX_SEEN) {
      SEEN.put(productName, name);
    }
    return name;
  }
}

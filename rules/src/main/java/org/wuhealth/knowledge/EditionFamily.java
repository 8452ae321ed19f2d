package org.wuhealth.knowledge;

import java.util.Locale;
import java.util.regex.Pattern;
import org.wuhealth.facts.OsInfo;

/**
 * The edition families Microsoft gives different support dates: Home and Pro, Enterprise and
 * Education, the long-term servicing editions (LTSB/LTSC) and their IoT variants. Read from the
 * registry's EditionID when collected, else from the product name; UNKNOWN when neither tells (a
 * localized product name, for example), so that no support date is guessed.
 */
public enum EditionFamily {
  HOME_PRO("Home, Pro"),
  ENTERPRISE("Enterprise, Education"),
  LTSC("LTSB/LTSC"),
  IOT_LTSC("IoT LTSC"),
  UNKNOWN("edition not known");

  private static final Pattern LTSC_NAME = Pattern.compile("(?i)\\bLTS[BC]\\b");
  private static final Pattern IOT_NAME = Pattern.compile("(?i)\\bIoT\\b");
  private static final Pattern HOME_PRO_NAME =
      Pattern.compile("(?i)\\b(home|pro|professional|core|starter|workstations?)\\b");
  private static final Pattern ENTERPRISE_NAME =
      Pattern.compile("(?i)\\b(enterprise|education)\\b");

  private final String label;

  EditionFamily(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static EditionFamily of(OsInfo os) {
    if (os.editionId() != null && !os.editionId().isBlank()) {
      EditionFamily byId = ofEditionId(os.editionId().trim());
      if (byId != UNKNOWN) {
        return byId;
      }
    }
    return os.productName() == null ? UNKNOWN : ofProductName(os.productName());
  }

  /** Registry EditionID values: EnterpriseS(N) and IoTEnterpriseS(K) are the LTSC editions. */
  static EditionFamily ofEditionId(String id) {
    String e = id.toLowerCase(Locale.ROOT);
    if (e.startsWith("iotenterprises")) {
      return IOT_LTSC;
    }
    if (e.startsWith("enterprises")) {
      return LTSC;
    }
    if (e.startsWith("core") || e.startsWith("professional")) {
      return HOME_PRO;
    }
    if (e.startsWith("enterprise") || e.startsWith("education") || e.startsWith("iotenterprise")) {
      return ENTERPRISE;
    }
    return UNKNOWN;
  }

  static EditionFamily ofProductName(String name) {
    if (LTSC_NAME.matcher(name).find()) {
      return IOT_NAME.matcher(name).find() ? IOT_LTSC : LTSC;
    }
    // "Pro Education" and "Pro for Workstations" are Home-and-Pro editions for the lifecycle.
    if (HOME_PRO_NAME.matcher(name).find()) {
      return HOME_PRO;
    }
    return ENTERPRISE_NAME.matcher(name).find() ? ENTERPRISE : UNKNOWN;
  }
}

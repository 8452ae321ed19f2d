package org.wuhealth.importers.systeminfo;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.ProductType;
import org.wuhealth.importers.text.Lines;
import org.wuhealth.importers.text.LocalDates;
import org.wuhealth.importers.text.Numbers;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.TimeRange;

/**
 * Parses {@code systeminfo} output in any display language and any of its three forms. Labels are
 * never read: fields are found by their fixed order and by what their values look like.
 *
 * <ul>
 *   <li>OS version: the first value shaped like "6.3.9600 N/A Build 9600" (any language); the host
 *       name and the OS name are the two fields before it.
 *   <li>System type: "x64-based PC", "X86-based PC", "ARM64-based PC" (never translated).
 *   <li>Install date and boot time: the two date-time values between them.
 *   <li>Time zone: the value starting "(UTC+01:00)" or "(GMT+01:00)".
 *   <li>Domain: the field before the logon server, whose value starts with "\\".
 *   <li>Hotfixes: the field whose items are "[01]: KB...", or the one after the logon server; its
 *       first number is the announced count.
 * </ul>
 */
public final class SystemInfoParser {
  /**
   * "6.3.9600 N/A Build 9600", "6.1.7601 Service Pack 1 Build 7601", "6.3.9600 Н/Д построение
   * 9600": the build comes again at the end, which no date ("15.06.2016, 18:34:33") does.
   */
  private static final Pattern OS_VERSION =
      Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{3,5})\\s++(\\S(?:.*\\S)?)\\s*+$");

  /**
   * An OS version value: its major.minor version, its build and the words between the version and
   * the build again ("N/A Build"). The build at the end is checked here, not with a back-reference
   * after a lazy group in the pattern, which backtracked quadratically over a long run of spaces.
   */
  private record OsVersion(String version, int build, String words) {
    static Optional<OsVersion> of(String value) {
      Matcher m = OS_VERSION.matcher(value);
      if (!m.matches()) {
        return Optional.empty();
      }
      String build = m.group(3);
      String rest = m.group(4);
      int at = rest.length() - build.length();
      if (at < 2 || !rest.endsWith(build) || " \t\n\u000B\f\r".indexOf(rest.charAt(at - 1)) < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new OsVersion(
              m.group(1) + "." + m.group(2),
              Integer.parseInt(build),
              rest.substring(0, at).strip()));
    }
  }

  private static final Pattern SYSTEM_TYPE =
      Pattern.compile("(?i)^(x64|x86|arm64|ia64|itanium|64-bit intel)\\b.*");
  private static final Pattern TIME_ZONE =
      Pattern.compile("^\\((?:UTC|GMT)(?:([+-])(\\d{1,2}):(\\d{2}))?\\)");
  private static final Pattern ITEM = Pattern.compile("^\\[(\\d+)\\]\\s*:?\\s*(.*)$");
  private static final Pattern HOTFIX_ID = Pattern.compile("(?i)^(KB\\d+|Q\\d+)\\b.*");
  private static final Pattern LOCALE = Pattern.compile("^([a-z]{2,3}(?:-[a-z]{2,4})?);\\S");
  private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

  /**
   * "Domain Controller" in the languages systeminfo ships in, to tell domain controllers from other
   * servers (the one fact only a label-like value carries).
   */
  private static final List<String> DOMAIN_CONTROLLER =
      List.of(
          "domain controller",
          "domänencontroller",
          "contrôleur de domaine",
          "controlador de dominio",
          "controlador de domínio",
          "controller di dominio",
          "domeincontroller",
          "контроллер домена",
          "kontroler domeny",
          "域控制器",
          "ドメイン コントローラー",
          "도메인 컨트롤러");

  private SystemInfoParser() {}

  /** Parses decoded text; {@code file} is only used in messages. */
  public static SystemInfo parse(String file, String text) throws ImportException {
    List<Field> fields = Layouts.fields(Lines.split(text));
    int versionAt = indexOf(fields, 0, f -> OsVersion.of(f.value()).isPresent());
    if (versionAt < 0) {
      throw new ImportException(
          file,
          null,
          "no OS version value like \"6.3.9600 N/A Build 9600\": not systeminfo output");
    }
    if (indexOf(fields, versionAt + 1, f -> OsVersion.of(f.value()).isPresent()) >= 0) {
      throw new ImportException(
          file, null, "more than one systeminfo output in one file; give each host its own file");
    }
    OsVersion version = OsVersion.of(fields.get(versionAt).value()).orElseThrow();
    int build = version.build();
    String notAvailable = notAvailableToken(version.words());
    String hostName = versionAt >= 2 ? fields.get(versionAt - 2).value() : null;
    String osName = versionAt >= 1 ? fields.get(versionAt - 1).value() : null;
    String configuration = versionAt + 2 < fields.size() ? fields.get(versionAt + 2).value() : "";

    int typeAt = indexOf(fields, versionAt + 1, f -> SYSTEM_TYPE.matcher(f.value()).matches());
    Architecture architecture = typeAt < 0 ? null : architecture(fields.get(typeAt).value());

    List<String> notes = new ArrayList<>();
    List<String> dates =
        fields.stream().map(Field::value).filter(LocalDates::containsDate).toList();
    LocalDates.Order order = LocalDates.orderOf(dates, localeOrder(fields));
    List<LocalDateTime> dateTimes = new ArrayList<>();
    int end = typeAt < 0 ? fields.size() : typeAt;
    for (int i = versionAt + 1; i < end; i++) {
      LocalDates.dateTime(fields.get(i).value(), order).ifPresent(dateTimes::add);
    }
    Optional<ZoneOffset> zone = zoneOffset(fields);
    Instant lastBoot = null;
    if (dateTimes.size() >= 2) {
      if (zone.isPresent()) {
        lastBoot = TimeRange.within(dateTimes.get(1).toInstant(zone.get())).orElse(null);
      } else {
        notes.add("the boot time is left out: the output has no time zone to place it");
      }
    }

    int logonAt = indexOf(fields, versionAt + 1, f -> f.value().startsWith("\\\\"));
    String domain = logonAt > 0 ? blankToNull(fields.get(logonAt - 1).value()) : null;
    int hotfixAt =
        indexOf(fields, typeAt < 0 ? versionAt + 1 : typeAt, SystemInfoParser::listsHotfixes);
    if (hotfixAt < 0 && logonAt >= 0 && logonAt + 1 < fields.size()) {
      hotfixAt = logonAt + 1;
    }
    List<String> hotfixes = null;
    Integer declared = null;
    int hotfixLine = 0;
    if (hotfixAt >= 0) {
      Field field = fields.get(hotfixAt);
      hotfixLine = field.line();
      hotfixes = new ArrayList<>();
      boolean cutOff = false;
      for (String item : field.items()) {
        Matcher m = ITEM.matcher(item);
        if (m.matches() && !m.group(2).isBlank()) {
          hotfixes.add(m.group(2).trim());
        } else {
          cutOff = true;
        }
      }
      declared = declaredCount(field.value(), notAvailable, hotfixes.size());
      if (cutOff && (declared == null || declared <= hotfixes.size())) {
        declared = hotfixes.size() + 1;
      }
    }
    return new SystemInfo(
        blankToNull(hostName),
        blankToNull(osName),
        version.version(),
        build,
        architecture,
        productType(osName, configuration),
        lastBoot,
        zone.orElse(null),
        domain,
        hotfixes,
        declared,
        hotfixLine,
        notes);
  }

  private interface FieldTest {
    boolean test(Field f);
  }

  private static int indexOf(List<Field> fields, int from, FieldTest test) {
    for (int i = Math.max(0, from); i < fields.size(); i++) {
      if (test.test(fields.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean listsHotfixes(Field f) {
    for (String item : f.items()) {
      Matcher m = ITEM.matcher(item);
      if (m.matches() && HOTFIX_ID.matcher(m.group(2)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word systeminfo prints for "not available" in this language ("N/A", "N/D", "Н/Д", "暂缺"):
   * what stands between version and build when there is no service pack.
   */
  private static String notAvailableToken(String middle) {
    String[] words = middle.trim().split("\\s+");
    return words.length == 2 && !words[0].matches(".*\\d.*") ? words[0] : null;
  }

  /** The announced count: the first number of the value; 0 for "N/A"; null when none. */
  private static Integer declaredCount(String value, String notAvailable, int listed) {
    if (value.isBlank() || value.equals(notAvailable)) {
      return listed == 0 ? 0 : null;
    }
    Matcher m = FIRST_NUMBER.matcher(value);
    return m.find() ? Numbers.intOrNull(m.group(1)) : null;
  }

  private static Optional<ZoneOffset> zoneOffset(List<Field> fields) {
    for (Field f : fields) {
      Matcher m = TIME_ZONE.matcher(f.value());
      if (m.find()) {
        if (m.group(1) == null) {
          return Optional.of(ZoneOffset.UTC);
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = Integer.parseInt(m.group(3));
        int sign = m.group(1).equals("-") ? -1 : 1;
        try {
          return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
          // "(UTC-37:00)" in a damaged file places nothing, as no time zone would
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The usual date order of the system locale ("it;Italiano (Italia)"), for files whose dates alone
   * cannot tell; null without a locale.
   */
  private static LocalDates.Order localeOrder(List<Field> fields) {
    for (Field f : fields) {
      Matcher m = LOCALE.matcher(f.value());
      if (m.find()) {
        return LocalDates.orderOf(Locale.forLanguageTag(m.group(1)));
      }
    }
    return null;
  }

  private static Architecture architecture(String systemType) {
    String t = systemType.toLowerCase(Locale.ROOT);
    if (t.startsWith("x64")) {
      return Architecture.X64;
    }
    if (t.startsWith("x86")) {
      return Architecture.X86;
    }
    if (t.startsWith("arm64")) {
      return Architecture.ARM64;
    }
    return Architecture.IA64;
  }

  /**
   * Servers say "Server" in the OS name in every language; a domain controller also says so in its
   * configuration. Other Windows names are workstations.
   */
  static ProductType productType(String osName, String configuration) {
    if (osName == null) {
      return null;
    }
    String name = osName.toLowerCase(Locale.ROOT);
    if (name.contains("server")) {
      String config = configuration.toLowerCase(Locale.ROOT);
      return DOMAIN_CONTROLLER.stream().anyMatch(config::contains)
          ? ProductType.DOMAIN_CONTROLLER
          : ProductType.SERVER;
    }
    return name.contains("windows") ? ProductType.WORKSTATION : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.knowledge.MsuName;

/**
 * An update package to explain: one that install attempts reported as "not applicable", or one a
 * user asks about. Repeated attempts of the same package are one check.
 *
 * @param packageName the file or update name, or null when only the KB is known
 * @param kb the KB from the attempt or the file name, or null
 * @param msu the parsed file name, or null when the name is missing or not a package name
 * @param archToken the package architecture (x86, x64, arm64, arm, ia64), or null when unknown
 * @param attempts how many attempts reported the symptom (0 for a package a user asked about)
 * @param lastAttempt the latest of those attempts, or null
 */
public record PackageCheck(
    String packageName,
    String kb,
    MsuName msu,
    String archToken,
    int attempts,
    InstallAttempt lastAttempt) {

  /** WU_E_NOT_APPLICABLE: "Operation was not performed because there are no applicable updates". */
  public static final String NOT_APPLICABLE_CODE = "0x80240017";

  /** Checks for every package whose install attempts reported "not applicable". */
  public static List<PackageCheck> fromAttempts(List<InstallAttempt> attempts) {
    Map<String, List<InstallAttempt>> byPackage = new LinkedHashMap<>();
    for (InstallAttempt a : attempts) {
      boolean notApplicable =
          a.result() == AttemptResult.NOT_APPLICABLE || NOT_APPLICABLE_CODE.equals(a.code());
      String key = key(a.packageName(), a.kb());
      if (notApplicable && key != null) {
        byPackage.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    return byPackage.values().stream().map(PackageCheck::fromSameAttempts).toList();
  }

  /** A check for a package a user names on the command line (no attempt observed). */
  public static PackageCheck declared(String packageName) {
    MsuName msu = MsuName.parse(packageName).orElse(null);
    return new PackageCheck(
        packageName,
        msu != null ? msu.kb() : null,
        msu,
        msu != null ? msu.archToken() : null,
        0,
        null);
  }

  private static PackageCheck fromSameAttempts(List<InstallAttempt> same) {
    InstallAttempt last = same.get(0);
    for (InstallAttempt a : same) {
      if (a.time() != null && (last.time() == null || a.time().isAfter(last.time()))) {
        last = a;
      }
    }
    MsuName msu = MsuName.parse(last.packageName()).orElse(null);
    String kb = last.kb() != null ? last.kb() : msu != null ? msu.kb() : null;
    String arch =
        msu != null
            ? msu.archToken()
            : last.architecture() != null ? last.architecture().wire() : null;
    return new PackageCheck(last.packageName(), kb, msu, arch, same.size(), last);
  }

  private static String key(String packageName, String kb) {
    if (packageName != null && !packageName.isBlank()) {
      return packageName.trim().toLowerCase(Locale.ROOT);
    }
    return kb;
  }

  /** The error code the latest attempt reported, or null (none, or a declared package). */
  public String code() {
    return lastAttempt == null ? null : lastAttempt.code();
  }

  /** The MSU family prefix ("windows8.1"), or null when the name was not parsed. */
  public String prefix() {
    return msu == null ? null : msu.prefix();
  }

  /** "windows8.1-kb4041693-x64.msu (KB4041693)", or the KB alone. */
  public String describe() {
    if (packageName == null) {
      return kb;
    }
    return kb == null ? packageName : packageName + " (" + kb + ")";
  }

  /** The observed symptom as one evidence line; for a declared package, that it was asked about. */
  public String symptom() {
    if (lastAttempt == null) {
      return describe() + " was checked as if it were being installed";
    }
    StringBuilder s = new StringBuilder();
    s.append(attempts == 1 ? "1 install attempt" : attempts + " install attempts");
    if (lastAttempt.via() != null) {
      s.append(" via ").append(lastAttempt.via().wire());
    }
    s.append(" of ").append(describe()).append(" reported not applicable");
    if (lastAttempt.code() != null) {
      s.append(" (").append(lastAttempt.code()).append(')');
    }
    if (lastAttempt.time() != null) {
      s.append(attempts == 1 ? " at " : ", last at ").append(lastAttempt.time());
    }
    return s.toString();
  }
}

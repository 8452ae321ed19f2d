package org.wuhealth.knowledge.cvrf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What both parsers (XML and JSON) collect while they stream through a document: identity, dates,
 * product names and the vendor fixes, summed per (KB, product, kind) so that memory stays bounded
 * by the number of distinct fixes, not by the size of the document.
 */
final class DocumentCollector {
  private static final Pattern KB = Pattern.compile("(?i)^\\s*(?:KB)?(\\d{6,7})\\s*$");
  private static final Pattern KB_IN_LIST = Pattern.compile("(?i)(?<![\\w-])(?:KB)?(\\d{6,7})\\b");
  private static final Pattern BUILD = Pattern.compile("^\\d+\\.\\d+\\.\\d+\\.\\d+$");

  private final String file;
  private String id;
  private LocalDate initialRelease;
  private LocalDate currentRelease;
  private final Map<String, String> products = new HashMap<>();
  private final Map<List<String>, Tally> fixes = new LinkedHashMap<>();

  private static final class Tally {
    int vulnerabilities;
    final Map<String, Integer> fixedBuilds = new HashMap<>();
    final Set<String> supersedes = new TreeSet<>();
  }

  DocumentCollector(String file) {
    this.file = file;
  }

  void id(String value) {
    if (value != null && !value.isBlank()) {
      id = value.trim();
    }
  }

  void initialRelease(String value, String place) throws CvrfException {
    initialRelease = day(value, place, "InitialReleaseDate");
  }

  void currentRelease(String value, String place) throws CvrfException {
    currentRelease = day(value, place, "CurrentReleaseDate");
  }

  void product(String productId, String name) {
    if (productId != null && name != null && !name.isBlank()) {
      products.putIfAbsent(productId.trim(), name.trim());
    }
  }

  /**
   * One "Vendor Fix" remediation. Fixes whose description is not a KB number (release notes, a
   * package name) are not updates the tables can list and are left out.
   */
  void vendorFix(
      String description,
      String supercedence,
      List<String> productIds,
      String subType,
      String fixedBuild) {
    Matcher kb = description == null ? null : KB.matcher(description);
    if (kb == null || !kb.matches()) {
      return;
    }
    String number = "KB" + kb.group(1);
    Set<String> replaced = new TreeSet<>();
    if (supercedence != null) {
      Matcher m = KB_IN_LIST.matcher(supercedence);
      while (m.find()) {
        replaced.add("KB" + m.group(1));
      }
    }
    String build =
        fixedBuild != null && BUILD.matcher(fixedBuild.trim()).matches() ? fixedBuild.trim() : null;
    String kind = subType == null ? "" : subType.trim();
    for (String product : productIds) {
      Tally t = fixes.computeIfAbsent(List.of(number, product.trim(), kind), k -> new Tally());
      t.vulnerabilities++;
      if (build != null) {
        t.fixedBuilds.merge(build, 1, Integer::sum);
      }
      t.supersedes.addAll(replaced);
    }
  }

  CvrfDocument document() throws CvrfException {
    if (id == null) {
      throw new CvrfException(
          file,
          null,
          "not a CVRF document: it has no document id (DocumentTracking/Identification/ID)");
    }
    if (initialRelease == null) {
      throw new CvrfException(file, null, "CVRF document " + id + " has no InitialReleaseDate");
    }
    List<CvrfFix> list = new ArrayList<>(fixes.size());
    fixes.forEach(
        (key, t) ->
            list.add(
                new CvrfFix(
                    key.get(0),
                    key.get(1),
                    key.get(2),
                    t.vulnerabilities,
                    t.fixedBuilds,
                    t.supersedes)));
    return new CvrfDocument(
        id,
        file,
        initialRelease,
        currentRelease != null ? currentRelease : initialRelease,
        products,
        list);
  }

  private LocalDate day(String value, String place, String what) throws CvrfException {
    String v = value == null ? "" : value.trim();
    try {
      return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw new CvrfException(file, place, what + " is not a date: '" + v + "'");
    }
  }
}

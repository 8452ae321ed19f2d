package org.wuhealth.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.MsuName;
import org.wuhealth.rules.api.FactAssembler;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.PackageCheck;
import org.wuhealth.rules.catalog.Requirement;

/**
 * "Will this package install here, and if not, why?" Evaluates the not-applicable rules as if each
 * package's install had been attempted on the host a snapshot describes. The snapshot may come from
 * a file or, later, from the live collector: this class only needs a {@link Snapshot}.
 */
public final class PackageChecker {
  /** The catalogue category whose rules explain a "not applicable" package. */
  static final String CATEGORY = "notapplicable";

  private static final Pattern KB_IN_NAME = Pattern.compile("(?i)kb(\\d{6,7})");

  private final RuleBase ruleBase;
  private final Knowledge knowledge;
  private final Analyzer analyzer;
  private final FactAssembler assembler;

  public PackageChecker(RuleBase ruleBase) {
    this(ruleBase, Knowledge.get());
  }

  public PackageChecker(RuleBase ruleBase, Knowledge knowledge) {
    this.ruleBase = ruleBase;
    this.knowledge = knowledge;
    this.analyzer = new Analyzer(ruleBase, knowledge);
    this.assembler = new FactAssembler(knowledge);
  }

  /**
   * What a name or path stands for: a package check, or empty when it is neither an update package
   * name (MSU or CAB, see {@link MsuName}) nor a KB number.
   */
  public static Optional<PackageCheck> parse(String input) {
    if (MsuName.parse(input).isPresent()) {
      return Optional.of(PackageCheck.declared(input.trim()));
    }
    return Kb.normalize(input).map(kb -> new PackageCheck(null, kb, null, null, 0, null));
  }

  /** One sentence saying why {@code input} could not be parsed, with a hint when one helps. */
  public static String whyUnparseable(String input) {
    String why =
        "not an update package name or KB number (expected a name like"
            + " windows8.1-kb2919355-x64_<sha1>.msu or .cab, or KB2919355)";
    Matcher kb = KB_IN_NAME.matcher(input);
    return kb.find() ? why + "; to check it by its KB alone, give KB" + kb.group(1) : why;
  }

  /**
   * @param inputs package names, paths or KB numbers; repeats (ignoring case) are checked once
   * @param options how to analyze the host (evaluation time, rule settings); the packages are added
   *     to them
   */
  public PackageReport check(
      String source,
      Snapshot snapshot,
      List<String> warnings,
      List<String> inputs,
      Analyzer.Options options) {
    Map<String, String> distinct = new LinkedHashMap<>();
    inputs.forEach(i -> distinct.putIfAbsent(i.trim().toLowerCase(Locale.ROOT), i.trim()));
    Map<String, PackageCheck> checks = new LinkedHashMap<>();
    distinct.values().forEach(i -> checks.put(i, parse(i).orElse(null)));
    List<PackageCheck> parsed = checks.values().stream().filter(c -> c != null).toList();

    AnalysisResult analysis =
        analyzer.analyze(source, snapshot, warnings, options.withPackageChecks(parsed));
    HostOs host = assembler.hostOs(snapshot);
    List<PackageVerdict> verdicts = new ArrayList<>();
    List<Finding> explained = new ArrayList<>();
    checks.forEach(
        (input, check) -> {
          if (check == null) {
            verdicts.add(
                new PackageVerdict(
                    input,
                    null,
                    PackageVerdict.Verdict.UNPARSEABLE,
                    List.of(),
                    List.of(),
                    whyUnparseable(input)));
            return;
          }
          // A finding belongs to a package when the rule matched that very check fact.
          List<Finding> causes =
              analysis.findings().stream()
                  .filter(f -> f.matched().stream().anyMatch(o -> o == check))
                  .toList();
          explained.addAll(causes);
          List<String> notChecked = notChecked(check, host, analysis);
          PackageVerdict.Verdict verdict =
              !causes.isEmpty()
                  ? PackageVerdict.Verdict.NOT_APPLICABLE
                  : notChecked.isEmpty()
                      ? PackageVerdict.Verdict.APPLICABLE
                      : PackageVerdict.Verdict.UNKNOWN;
          verdicts.add(new PackageVerdict(input, check, verdict, causes, notChecked, null));
        });
    int others =
        (int)
            analysis.findings().stream()
                .filter(f -> explained.stream().noneMatch(e -> e == f))
                .count();
    return new PackageReport(analysis, verdicts, others);
  }

  /** The not-applicable checks that cannot judge this package on this host, and why. */
  private List<String> notChecked(PackageCheck check, HostOs host, AnalysisResult analysis) {
    List<String> reasons = new ArrayList<>();
    for (SkippedCheck skipped : analysis.skipped()) {
      RuleInfo rule = ruleBase.rule(skipped.ruleId());
      // The package stands in for the install attempt the rule would otherwise need.
      List<String> missing =
          skipped.missing().stream()
              .filter(m -> !m.text().equals("installAttempts"))
              .map(Requirement::describe)
              .toList();
      if (CATEGORY.equals(rule.metadata().category()) && !missing.isEmpty()) {
        reasons.add(rule.id() + ": the snapshot has no " + String.join(", no ", missing));
      }
    }
    if (check.archToken() == null) {
      reasons.add("NA-WRONG-ARCH: the name gives no architecture");
    }
    if (check.prefix() == null
        && knowledge
            .asOf(java.time.LocalDate.ofInstant(analysis.evaluatedAt(), java.time.ZoneOffset.UTC))
            .targetReleases(check.kb())
            .isEmpty()) {
      reasons.add(
          "NA-WRONG-OS: neither a file name nor the catalogue says which Windows "
              + check.kb()
              + " is for");
    }
    if (host.release() == null) {
      reasons.add(
          "NA-SUPERSEDED, NA-MISSING-PREREQ: the catalogue cannot identify the host's release from"
              + " build "
              + host.build()
              + " (a build that a server and a client release share needs the product type)");
    }
    return reasons;
  }
}

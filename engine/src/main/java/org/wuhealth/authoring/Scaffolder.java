package org.wuhealth.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code rules new}: creates a rule folder that compiles and whose test fails until the rule is
 * written. Both fixtures start as a healthy Server 2016 snapshot: the author turns one into a host
 * with the cause and the other into a near miss (the symptom without the cause).
 */
public final class Scaffolder {
  private static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");
  private static final Pattern CATEGORY = Pattern.compile("^[a-z]+$");
  static final String TEMPLATE = "/org/wuhealth/rules/scaffold/healthy-snapshot.json";

  private Scaffolder() {}

  /** Creates {@code <dir>/<category>/<id>/} and returns the files written. */
  public static List<Path> create(Path dir, String id, String category) throws IOException {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id must look like NA-WRONG-ARCH (upper case, dashes): " + id);
    }
    if (!CATEGORY.matcher(category).matches()) {
      throw new IllegalArgumentException(
          "category must be one lower-case word, e.g. wsus: " + category);
    }
    Path folder = dir.resolve(category).resolve(id);
    if (Files.exists(folder)) {
      throw new IllegalArgumentException(folder + " already exists");
    }
    Files.createDirectories(folder);
    String healthy = template();
    Path yml = Files.writeString(folder.resolve("rule.yml"), metadata(id, category));
    Path drl = Files.writeString(folder.resolve("rule.drl"), drl(id, category));
    Path fires =
        Files.writeString(
            folder.resolve("fires-example.json"),
            healthy.replace("\"APP2016-01\"", "\"FIRES-EXAMPLE\""));
    Path ok =
        Files.writeString(
            folder.resolve("ok-near-miss-example.json"),
            healthy.replace("\"APP2016-01\"", "\"NEAR-MISS-EXAMPLE\""));
    Path tests = Files.writeString(folder.resolve("tests.yml"), TESTS);
    return List.of(yml, drl, fires, ok, tests);
  }

  /** Every fires-* fixture states the finding it expects; rules test fails until they are real. */
  private static final String TESTS =
      """
      # What each fixture must produce. A fires-* fixture states the severity, confidence and at
      # least one evidence fragment an expert would expect of the finding (docs/writing-rules.md).
      cases:
        fires-example.json:
          severity: medium
          confidence: likely
          evidence: ["TODO a fragment of the evidence this host must produce"]
      """;

  private static String template() {
    try (InputStream in = Scaffolder.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("scaffold template missing: " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String metadata(String id, String category) {
    return """
        id: %s
        title: TODO one line saying what is wrong
        category: %s
        # not-applicable, not-receiving, unexpected-update, wsus-connection, checklist or general
        symptom: general
        guide: "TODO the troubleshooting-guide section this rule encodes"
        severity: medium
        confidence: likely
        # Snapshot paths the rule needs; "a|b" means either. Without them the check is reported as
        # skipped, and the tests prove the rule stays quiet.
        requires:
          - os.build
        description: >-
          TODO explain the cause in two or three sentences, in your own words.
        remediation:
          - TODO first step to fix it.
        references:
          - https://learn.microsoft.com/troubleshoot/windows-server/installing-updates-features-roles/troubleshoot-windows-update-issues
        falsePositives:
          - None known yet.
        """
        .formatted(id, category);
  }

  private static String drl(String id, String category) {
    return """
        package rules.%s;

        import org.wuhealth.facts.*;
        import org.wuhealth.rules.api.*;

        // Finds: TODO one sentence.
        rule "%s"
        when
            // Replace this condition (it never matches) with the facts that show the cause.
            $h : HostOs( build < 0 )
        then
            insert(Hit.of(kcontext, "the host runs " + $h.describe()));
        end
        """
        .formatted(category, id);
  }
}

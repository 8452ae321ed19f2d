package org.wuhealth.rules.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The symptom a rule explains, in guide order: the four symptoms of the troubleshooting guide,
 * which a host shows and a user can declare ({@code --symptom}), then the checklist and the general
 * causes that are tied to no one symptom.
 */
public enum Symptom {
  NOT_APPLICABLE("not-applicable", true),
  NOT_RECEIVING("not-receiving", true),
  UNEXPECTED_UPDATE("unexpected-update", true),
  WSUS_CONNECTION("wsus-connection", true),
  CHECKLIST("checklist", false),
  GENERAL("general", false);

  private final String label;
  private final boolean declarable;

  Symptom(String label, boolean declarable) {
    this.label = label;
    this.declarable = declarable;
  }

  /** The spelling used in rule.yml, options and reports: "not-applicable", ... */
  public String label() {
    return label;
  }

  /** True for the symptoms a host shows (and a user can declare); false for checklist, general. */
  public boolean declarable() {
    return declarable;
  }

  /** Every label, in guide order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Symptom::label).toList();
  }

  /** The labels a user can declare with {@code --symptom}, in guide order. */
  public static List<String> declarableLabels() {
    return Arrays.stream(values()).filter(Symptom::declarable).map(Symptom::label).toList();
  }

  public static Optional<Symptom> parse(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }
}

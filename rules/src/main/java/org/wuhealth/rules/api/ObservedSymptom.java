package org.wuhealth.rules.api;

/**
 * A symptom of the troubleshooting guide that is present for this host: observed in the snapshot
 * (install attempts, events, scan results) or declared by the user with {@code --symptom}.
 *
 * @param symptom the label of a {@link Symptom#declarable} symptom (a string: rules compare it in
 *     DRL)
 * @param evidence what showed it, e.g. "2 install attempts reported not applicable (0x80240017)"
 */
public record ObservedSymptom(String symptom, boolean declared, String evidence) {

  public static ObservedSymptom declared(String symptom) {
    return new ObservedSymptom(symptom, true, "declared with --symptom " + symptom);
  }

  /** "not-applicable (observed: ...)" or "wsus-connection (declared)". */
  public String describe() {
    return symptom + (declared ? " (declared)" : " (observed: " + evidence + ")");
  }
}

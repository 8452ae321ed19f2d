package org.wuhealth.facts;

import java.util.List;

/** Component store (WinSxS) health and the lines that support the verdict. */
public record ComponentStore(@Required ComponentStoreHealth health, List<String> evidence) {
  public ComponentStore {
    evidence = Lists.copyOrNull(evidence);
  }
}

package org.wuhealth.knowledge;

import java.util.Set;

/** What a test host has installed: these KBs, none of them marked superseded by CBS. */
final class InstalledKbs {
  private InstalledKbs() {}

  static InstalledSet of(String... kbs) {
    Set<String> set = Set.of(kbs);
    return new InstalledSet() {
      @Override
      public boolean has(String k) {
        return set.contains(k);
      }

      @Override
      public Set<String> kbs() {
        return set;
      }

      @Override
      public boolean markedSuperseded(String k) {
        return false;
      }
    };
  }
}

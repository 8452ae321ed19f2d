package org.wuhealth.facts;

import java.util.List;

/** List helpers that keep the "null means not collected" convention of the model. */
final class Lists {
  private Lists() {}

  static <T> List<T> copyOrNull(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }
}

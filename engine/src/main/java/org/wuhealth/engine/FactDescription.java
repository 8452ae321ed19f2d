package org.wuhealth.engine;

import java.util.Collection;

/** One line for a matched fact in {@code --explain} output: its type and its values, shortened. */
public final class FactDescription {
  private static final int MAX = 300;

  private FactDescription() {}

  public static String of(Object fact) {
    String text;
    if (fact instanceof Collection<?> items) {
      text = "List of " + items.size() + ": " + items;
    } else {
      text = String.valueOf(fact);
    }
    return text.length() > MAX ? text.substring(0, MAX - 3) + "..." : text;
  }
}

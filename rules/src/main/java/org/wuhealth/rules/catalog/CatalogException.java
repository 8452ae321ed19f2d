package org.wuhealth.rules.catalog;

import java.util.List;

/** Rule folders that cannot be used, with one {@code file[:line:column]: message} per problem. */
public final class CatalogException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public CatalogException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

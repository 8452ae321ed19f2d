package org.wuhealth.engine;

import java.util.Comparator;

/** One mistake in a DRL file, at its line and column (both from 1). */
record DrlProblem(int line, int column, String message) implements Comparable<DrlProblem> {
  private static final Comparator<DrlProblem> ORDER =
      Comparator.comparingInt(DrlProblem::line)
          .thenComparingInt(DrlProblem::column)
          .thenComparing(DrlProblem::message);

  /** {@code file:line:column: message}. */
  String in(String file) {
    return file + ":" + line + ":" + column + ": " + message;
  }

  @Override
  public int compareTo(DrlProblem other) {
    return ORDER.compare(this, other);
  }
}

package org.wuhealth.knowledge;

import java.util.function.Supplier;

/**
 * A value computed on first use, once, thread-safely. Knowledge tables load this way, so that a run
 * reads only the tables its rules actually consult (start-up cost).
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}

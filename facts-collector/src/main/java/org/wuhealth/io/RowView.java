package org.wuhealth.io;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when read, from columns its maker keeps, for what a
 * batch holds per host over hundreds of thousands of hosts: the plan's hosts, a walk's files, the
 * scans the fleet rules read. Made at once, 100,000 such elements with their strings would be tens
 * of megabytes that the collector moves to the old generation. The maker must not change the
 * columns afterwards; reading an element twice gives two equal objects. Code that copies lists it
 * is given can keep a RowView as it is ({@code list instanceof RowView}): it is unmodifiable.
 */
public final class RowView<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final IntFunction<T> row;

  private RowView(int size, IntFunction<T> row) {
    this.size = size;
    this.row = row;
  }

  public static <T> List<T> of(int size, IntFunction<T> row) {
    return new RowView<>(size, row);
  }

  @Override
  public T get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return row.apply(index);
  }

  @Override
  public int size() {
    return size;
  }
}

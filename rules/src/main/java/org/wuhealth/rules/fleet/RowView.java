package org.wuhealth.rules.fleet;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when read, from columns its maker keeps: the batch
 * hands the fleet rules one {@link UpdateSourceScans} per source, and a source of 100,000 machines
 * would otherwise be 100,000 scan and machine objects with their name strings, made at once at the
 * end of the batch when the heap is at its fullest. The maker must not change the columns
 * afterwards; reading an element twice gives two equal objects.
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

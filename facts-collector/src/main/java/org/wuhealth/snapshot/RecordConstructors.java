package org.wuhealth.snapshot;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Creates fact records from their members in component order, as both binders do. */
final class RecordConstructors {
  /**
   * Each record's canonical constructor as a handle taking the members as an array: a snapshot
   * creates some 450 records, and {@code Constructor.newInstance} with its access checks showed in
   * the reader's profile.
   */
  private static final ClassValue<MethodHandle> CONSTRUCTORS =
      new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
          Class<?>[] parameters =
              Arrays.stream(type.getRecordComponents())
                  .map(RecordComponent::getType)
                  .toArray(Class<?>[]::new);
          try {
            return MethodHandles.publicLookup()
                .findConstructor(type, MethodType.methodType(void.class, parameters))
                .asSpreader(Object[].class, parameters.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
          } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(type + " has no public canonical constructor", e);
          }
        }
      };

  private RecordConstructors() {}

  static <T extends Record> T create(Class<T> type, Object[] values) {
    try {
      return type.cast((Object) CONSTRUCTORS.get(type).invokeExact(values));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot create a " + type.getSimpleName(), e);
    }
  }
}

package org.wuhealth.facts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The one walk of the fact model that gives every fact its JSON pointer: derived from the records
 * themselves (a component's name, or its {@link WireName}), so that the snapshot writer, the
 * provenance of findings and the test that the model matches the published schema never list the
 * members by hand.
 */
public final class FactPaths {
  private static final ClassValue<List<Member>> MEMBERS =
      new ClassValue<>() {
        @Override
        protected List<Member> computeValue(Class<?> type) {
          List<Member> members = new ArrayList<>();
          for (RecordComponent c : type.getRecordComponents()) {
            // The fact records are public, so this only skips the access check of each call:
            // Member.of runs for every member of every host's snapshot, from several callers,
            // and Method.invoke re-verified access whenever the caller changed.
            c.getAccessor().setAccessible(true);
            members.add(new Member(name(c), c, kind(c.getGenericType()), element(c)));
          }
          return List.copyOf(members);
        }
      };

  private static final ClassValue<Map<String, Member>> BY_NAME =
      new ClassValue<>() {
        @Override
        protected Map<String, Member> computeValue(Class<?> type) {
          Map<String, Member> byName = new HashMap<>();
          MEMBERS.get(type).forEach(m -> byName.put(m.name(), m));
          return Map.copyOf(byName);
        }
      };

  private FactPaths() {}

  /**
   * The value of a fact record's member by its JSON name (null when not collected).
   *
   * @throws IllegalArgumentException when the record has no such member
   */
  public static Object member(Record fact, String name) {
    Member m = BY_NAME.get(fact.getClass()).get(name);
    if (m == null) {
      throw new IllegalArgumentException(
          fact.getClass().getSimpleName() + " has no member " + name);
    }
    return m.of(fact);
  }

  /** What a member holds: a record, a list of records, or a value (text, number, enum, time). */
  public enum Kind {
    RECORD,
    RECORD_LIST,
    VALUE
  }

  /**
   * One member of a fact record: its JSON name, the component it reads, what it holds, and its type
   * (the item type for a list).
   */
  public record Member(String name, RecordComponent component, Kind kind, Class<?> type) {
    /** The member's value in {@code owner}, a record of the type that declares it. */
    public Object of(Object owner) {
      try {
        return component.getAccessor().invoke(owner);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
    }
  }

  /** The members of a fact record type, in component (constructor) order. */
  public static List<Member> members(Class<? extends Record> type) {
    return MEMBERS.get(type);
  }

  /**
   * Every record inside {@code snapshot} (not the snapshot itself) with its JSON pointer, parents
   * before their parts, list items as {@code /updates/3}; absent sections are skipped.
   */
  public static void forEachFact(Snapshot snapshot, BiConsumer<String, Object> visitor) {
    walk(snapshot, "", visitor);
  }

  /**
   * The pointer of every member the model can hold, in component order, with {@code *} for the
   * index of a list item: {@code /os/build}, and the kb of every update.
   */
  public static List<String> members() {
    List<String> out = new ArrayList<>();
    members(Snapshot.class, "", out);
    return out;
  }

  private static void members(Class<?> type, String pointer, List<String> out) {
    for (Member m : MEMBERS.get(type)) {
      String child = pointer + "/" + m.name();
      out.add(child);
      switch (m.kind()) {
        case RECORD -> members(m.type(), child, out);
        case RECORD_LIST -> members(m.type(), child + "/*", out);
        case VALUE -> {}
      }
    }
  }

  private static void walk(Object record, String pointer, BiConsumer<String, Object> visitor) {
    for (Member m : MEMBERS.get(record.getClass())) {
      if (m.kind() == Kind.VALUE) {
        continue;
      }
      Object value = m.of(record);
      if (value == null) {
        continue;
      }
      String child = pointer + "/" + m.name();
      if (m.kind() == Kind.RECORD) {
        visitor.accept(child, value);
        walk(value, child, visitor);
      } else {
        List<?> items = (List<?>) value;
        for (int i = 0; i < items.size(); i++) {
          String item = child + "/" + i;
          visitor.accept(item, items.get(i));
          walk(items.get(i), item, visitor);
        }
      }
    }
  }

  private static String name(RecordComponent c) {
    WireName wire = c.getAnnotation(WireName.class);
    return wire == null ? c.getName() : wire.value();
  }

  private static Kind kind(Type type) {
    if (type instanceof Class<?> c) {
      return c.isRecord() ? Kind.RECORD : Kind.VALUE;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      Type item = p.getActualTypeArguments()[0];
      return item instanceof Class<?> c && c.isRecord() ? Kind.RECORD_LIST : Kind.VALUE;
    }
    return Kind.VALUE;
  }

  private static Class<?> element(RecordComponent c) {
    Type type = c.getGenericType();
    if (type instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> k) {
      return k;
    }
    return c.getType();
  }
}

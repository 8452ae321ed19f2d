package org.wuhealth.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wuhealth.rules.api.FactTypes;

/** The names a rule can use, for "did you mean" when an author mistypes one. */
final class DrlNames {
  private DrlNames() {}

  /** Fact types and the enums their members use: everything a rule would import. */
  static Set<Class<?>> importable() {
    Set<Class<?>> types = new LinkedHashSet<>(FactTypes.all());
    for (Class<?> type : FactTypes.all()) {
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          if (c.getType().isEnum()) {
            types.add(c.getType());
          }
        }
      }
    }
    return types;
  }

  static Set<String> simpleNames() {
    Set<String> names = new TreeSet<>();
    importable().forEach(t -> names.add(t.getSimpleName()));
    return names;
  }

  static Optional<Class<?>> bySimpleName(String simpleName) {
    return importable().stream().filter(t -> t.getSimpleName().equals(simpleName)).findFirst();
  }

  static Optional<Class<?>> byName(String className) {
    try {
      return Optional.of(Class.forName(className, false, DrlNames.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  static Set<String> constants(Class<?> enumType) {
    Set<String> names = new TreeSet<>();
    Arrays.stream(enumType.getEnumConstants()).forEach(c -> names.add(((Enum<?>) c).name()));
    return names;
  }

  /**
   * Record components, getters as properties ("isKnown" gives "known"), and other public methods.
   */
  static Set<String> members(Class<?> type) {
    Set<String> names = new TreeSet<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        names.add(c.getName());
      }
    }
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
        continue;
      }
      String n = m.getName();
      names.add(n);
      if (n.startsWith("get") && n.length() > 3) {
        names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
      } else if (n.startsWith("is") && n.length() > 2) {
        names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
      }
    }
    return names;
  }
}

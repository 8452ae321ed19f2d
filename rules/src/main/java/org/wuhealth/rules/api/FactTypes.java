package org.wuhealth.rules.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.knowledge.MissingPrerequisite;
import org.wuhealth.knowledge.PackageTarget;
import org.wuhealth.knowledge.Supersession;

/**
 * Every type a rule can match: the snapshot's records (found by walking the model), the derived
 * facts of this package, and what the knowledge base returns to rules. Used to suggest the closest
 * known name when a rule author mistypes one.
 */
public final class FactTypes {
  private FactTypes() {}

  public static Set<Class<?>> all() {
    Set<Class<?>> types = new LinkedHashSet<>();
    collect(Snapshot.class, types);
    types.addAll(
        List.of(
            EvaluationTime.class,
            HostOs.class,
            InstalledInventory.class,
            PackageCheck.class,
            ObservedSymptom.class,
            Hit.class,
            NotChecked.class,
            RuleParameters.class,
            Supersession.class,
            MissingPrerequisite.class,
            PackageTarget.class));
    return types;
  }

  private static void collect(Class<?> type, Set<Class<?>> types) {
    if (!type.isRecord() || !types.add(type)) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      collect(c.getType(), types);
      if (Collection.class.isAssignableFrom(c.getType())
          && c.getGenericType() instanceof ParameterizedType list) {
        Type item = list.getActualTypeArguments()[0];
        if (item instanceof Class<?> itemClass) {
          collect(itemClass, types);
        }
      }
    }
  }
}

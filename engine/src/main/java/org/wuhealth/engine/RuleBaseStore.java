package org.wuhealth.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;

/**
 * A compiled rule base written at build time and read back at start-up, which skips compiling DRL
 * (most of a one-shot run's cost). The store is keyed by the catalogue's content and by the Drools
 * version; a store whose key does not match is never used.
 *
 * <p>Drools no longer promises serialization of knowledge packages across versions, so the store is
 * only ever read by the exact build that wrote it, and any failure falls back to compiling.
 */
public final class RuleBaseStore {
  private static final int MAGIC = 0x57554852; // "WUHR"
  private static final int FORMAT = 1;

  private RuleBaseStore() {}

  /** The key and the rule base read from a store. */
  record Stored(String key, RuleBase ruleBase) {}

  static void write(RuleBase ruleBase, String key, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(FORMAT);
    data.writeUTF(droolsVersion());
    data.writeUTF(key);
    data.writeUTF(String.join(",", ruleBase.globals()));
    data.flush();
    ObjectOutputStream objects = new DroolsObjectOutputStream(out);
    objects.writeObject(new ArrayList<>(ruleBase.rules()));
    objects.writeObject(new ArrayList<>(ruleBase.kieBase().getKiePackages()));
    objects.flush();
  }

  /** The key recorded in a store, read without touching the packages; null when not a store. */
  static String keyOf(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC
        || data.readInt() != FORMAT
        || !data.readUTF().equals(droolsVersion())) {
      return null;
    }
    return data.readUTF();
  }

  /** Reads the rest of a store after {@link #keyOf} accepted it. */
  @SuppressWarnings("unchecked")
  static RuleBase readAfterKey(InputStream in) throws IOException {
    String globals = new DataInputStream(in).readUTF();
    List<RuleInfo> infos;
    Collection<KiePackage> packages;
    try {
      ObjectInputStream objects =
          new DroolsObjectInputStream(in, RuleBaseStore.class.getClassLoader());
      infos = (List<RuleInfo>) objects.readObject();
      packages = (Collection<KiePackage>) objects.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("stored rule base names a missing class: " + e.getMessage(), e);
    }
    InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
    kieBase.addPackages(packages.stream().map(p -> (InternalKnowledgePackage) p).toList());
    return new RuleBase(
        kieBase, infos, globals.isEmpty() ? Set.of() : Set.of(globals.split(",")), true);
  }

  private static String droolsVersion() {
    Package p = KnowledgeBaseFactory.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "unknown" : v;
  }
}

package org.wuhealth.knowledge;

import java.util.Set;

/** The KBs known to be installed on a host, as the knowledge base needs to see them. */
public interface InstalledSet {
  boolean has(String kb);

  Set<String> kbs();

  /**
   * True when the CBS package of {@code kb} is in state Superseded (a later update replaced it).
   */
  boolean markedSuperseded(String kb);
}

package org.wuhealth.facts;

import java.util.List;

/** Pending-restart markers found; an empty list means the collector looked and found none. */
public record PendingReboot(@Required List<RebootSignal> signals) {
  public PendingReboot {
    signals = List.copyOf(signals);
  }
}

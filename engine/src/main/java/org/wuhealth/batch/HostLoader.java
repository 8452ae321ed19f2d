package org.wuhealth.batch;

import org.wuhealth.inputs.HostInput;
import org.wuhealth.inputs.Loaded;

/**
 * Reads one planned host: the single point where the batch workers read inputs, called from several
 * threads at once. {@code Inputs::load} is the one every command uses; tests put another in its
 * place.
 */
@FunctionalInterface
public interface HostLoader {
  Loaded load(HostInput input);
}

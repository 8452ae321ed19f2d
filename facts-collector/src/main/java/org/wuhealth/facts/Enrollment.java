package org.wuhealth.facts;

import java.util.List;

/** Deployment-service enrollment of the device and its Entra ID (Azure AD) registration. */
public record Enrollment(
    Boolean featureUpdates,
    Boolean qualityUpdates,
    Boolean azureAdDeviceRegistered,
    List<String> registrationErrors) {

  public Enrollment {
    registrationErrors = Lists.copyOrNull(registrationErrors);
  }
}

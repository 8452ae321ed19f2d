package org.wuhealth.facts;

/** A Windows Update for Business deployment-service deployment that targets the device. */
public record Deployment(
    String update, DeploymentCategory category, DeploymentState state, Boolean expedited) {}

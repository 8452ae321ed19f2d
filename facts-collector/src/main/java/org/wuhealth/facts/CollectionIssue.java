package org.wuhealth.facts;

/**
 * Something the collector or importer could not read. {@code section} optionally names the snapshot
 * section it affects ("updates", "services", ...): that section is then incomplete.
 */
public record CollectionIssue(
    @Required @Description("What could not be read, e.g. wmi:Win32_QuickFixEngineering.")
        String source,
    @Required String message,
    @Description("Win32 or HRESULT error, if any.") String code,
    @AllowedValues({
          "collector",
          "host",
          "os",
          "updates",
          "packages",
          "servicingStack",
          "services",
          "pendingReboot",
          "windowsUpdate",
          "wsus",
          "installAttempts",
          "events",
          "componentStore",
          "disk"
        })
        @Description(
            "Snapshot section this issue leaves incomplete (wuhealth addition to the v1"
                + " contract).")
        String section) {}

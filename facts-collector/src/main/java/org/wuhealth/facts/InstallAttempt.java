package org.wuhealth.facts;

import java.time.Instant;

/**
 * One attempt to install an update package. {@code packageName} is the file or update name ({@code
 * "package"} in JSON); {@code code} is a canonical HRESULT such as "0x80240017".
 */
public record InstallAttempt(
    Instant time,
    @WireName("package")
        @Description("Package file or update name, e.g. windows8.1-kb4041693-x64_<sha1>.msu.")
        String packageName,
    @WireFormat(WireFormat.Form.KB) String kb,
    Architecture architecture,
    @Required AttemptResult result,
    @WireFormat(WireFormat.Form.HRESULT) String code,
    InstallVia via) {
  /** A builder: code names the members it sets; the others stay null (not collected). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InstallAttempt} member by member. */
  public static final class Builder {
    private Instant time;
    private String packageName;
    private String kb;
    private Architecture architecture;
    private AttemptResult result;
    private String code;
    private InstallVia via;

    private Builder() {}

    public Builder time(Instant time) {
      this.time = time;
      return this;
    }

    public Builder packageName(String packageName) {
      this.packageName = packageName;
      return this;
    }

    public Builder kb(String kb) {
      this.kb = kb;
      return this;
    }

    public Builder architecture(Architecture architecture) {
      this.architecture = architecture;
      return this;
    }

    public Builder result(AttemptResult result) {
      this.result = result;
      return this;
    }

    public Builder code(String code) {
      this.code = code;
      return this;
    }

    public Builder via(InstallVia via) {
      this.via = via;
      return this;
    }

    public InstallAttempt build() {
      return new InstallAttempt(time, packageName, kb, architecture, result, code, via);
    }
  }
}

package org.wuhealth.knowledge;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.Architecture;

/**
 * What an update package's file name says about it: the Windows family it targets (its prefix), its
 * KB and its architecture. Catalog downloads look like {@code windows8.1-kb2919355-x64_<40
 * hex>.msu}; Download Center copies omit the hash; some carry {@code -v2}, a language or a product
 * suffix ({@code -ndp481}); DISM also takes the inner {@code .cab}.
 *
 * @param prefix lower-case family prefix such as "windows8.1"
 * @param archToken lower-case architecture token as written: x86, x64, arm64, arm or ia64
 */
public record MsuName(
    String fileName,
    String prefix,
    String ntVersion,
    String kb,
    String archToken,
    String extension) {

  private static final Pattern NAME =
      Pattern.compile(
          "(?i)^(windows(?:6\\.0|6\\.1|8-rt|8\\.1|10\\.0|11\\.0))-kb(\\d{6,7})"
              + "(?:-v\\d+)?-(x86|x64|amd64|arm64|arm|ia64)"
              + "(?:-[a-z0-9]+)*(?:_[0-9a-f]{40})?\\.(msu|cab)$");

  /** Parses the last path element of {@code pathOrName}; empty when it is not a package name. */
  public static Optional<MsuName> parse(String pathOrName) {
    if (pathOrName == null) {
      return Optional.empty();
    }
    String name =
        pathOrName
            .substring(Math.max(pathOrName.lastIndexOf('\\'), pathOrName.lastIndexOf('/')) + 1)
            .trim();
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    String prefix = m.group(1).toLowerCase(Locale.ROOT);
    String arch = m.group(3).toLowerCase(Locale.ROOT);
    return Optional.of(
        new MsuName(
            name,
            prefix,
            MsuNameNtVersion.of(prefix),
            "KB" + m.group(2),
            "amd64".equals(arch) ? "x64" : arch,
            m.group(4).toLowerCase(Locale.ROOT)));
  }

  /** The architecture as a fact-model value; empty for 32-bit ARM (Windows RT), which has none. */
  public Optional<Architecture> architecture() {
    return org.wuhealth.facts.WireValue.parse(Architecture.class, archToken);
  }
}

package org.wuhealth.knowledge;

/** The NT version an MSU file-name prefix stands for. */
final class MsuNameNtVersion {
  private MsuNameNtVersion() {}

  static String of(String prefix) {
    return switch (prefix) {
      case "windows6.0" -> "6.0";
      case "windows6.1" -> "6.1";
      case "windows8-rt" -> "6.2";
      case "windows8.1" -> "6.3";
      case "windows10.0", "windows11.0" -> "10.0";
      default -> throw new IllegalArgumentException("not an MSU prefix: " + prefix);
    };
  }
}

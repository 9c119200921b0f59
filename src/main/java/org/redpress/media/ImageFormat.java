package org.redpress.media;

import java.util.Locale;

/** What a file is by its first bytes, whatever its extension says. */
public enum ImageFormat {
  JPEG("jpg"), PNG("png"), GIF("gif"), WEBP("webp"), HEIC("heic"), UNKNOWN("");

  private final String extension;

  ImageFormat(String extension) {
    this.extension = extension;
  }

  /** The usual extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format the magic bytes announce. */
  public static ImageFormat sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return JPEG;
    }
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return PNG;
    }
    if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
      return GIF;
    }
    if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return WEBP;
    }
    if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
      String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
      if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")
          || brand.equals("avif")) {
        return HEIC;
      }
    }
    return UNKNOWN;
  }

  /** The format a file name's extension claims; UNKNOWN for other files. */
  public static ImageFormat ofName(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "jpg", "jpeg", "jpe" -> JPEG;
      case "png" -> PNG;
      case "gif" -> GIF;
      case "webp" -> WEBP;
      case "heic", "heif", "hif", "avif" -> HEIC;
      default -> UNKNOWN;
    };
  }
}

package org.redpress.media;

/** One resized copy of a photo: its pixel size and the file name suffix it is published under. */
public record Variant(int width, int height, String extension) {

  /** {@code photos/a.jpg} → {@code photos/a.960w.jpg}. */
  public String pathFor(String mediaPath) {
    int dot = mediaPath.lastIndexOf('.');
    String stem = dot < 0 ? mediaPath : mediaPath.substring(0, dot);
    return stem + "." + width + "w." + extension;
  }
}

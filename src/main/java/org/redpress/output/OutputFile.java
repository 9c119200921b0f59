package org.redpress.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One file of the generated site, in memory: a site-relative path with forward slashes (never
 * absolute, never climbing out) and its bytes.
 */
public record OutputFile(String path, byte[] bytes) {

  public OutputFile {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
        || Arrays.asList(path.split("/")).stream().anyMatch(p -> p.isEmpty() || p.equals("..") || p.equals("."))) {
      throw new IllegalArgumentException("unsafe output path: " + path);
    }
    bytes = bytes.clone();
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether {@code other} holds exactly these bytes (without copying them). */
  public boolean sameBytes(byte[] other) {
    return Arrays.equals(bytes, other);
  }

  /** Writes the bytes to {@code out} (without copying them). */
  public void writeTo(java.io.OutputStream out) throws java.io.IOException {
    out.write(bytes);
  }

  public int size() {
    return bytes.length;
  }

  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutputFile f && f.path.equals(path) && Arrays.equals(f.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return path + " (" + bytes.length + " bytes)";
  }
}

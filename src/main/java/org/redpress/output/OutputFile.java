package org.redpress.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * One file of the generated site: a site-relative path with forward slashes (never absolute,
 * never climbing out) and its bytes. The bytes are held in memory, or, for a {@linkplain
 * #deferred deferred} file, made each time they are asked for: a picture the build only writes
 * (a share card) need not sit in memory from rendering to writing.
 */
public final class OutputFile {

  private final String path;
  private final byte[] bytes;
  private final Supplier<byte[]> maker;

  public OutputFile(String path, byte[] bytes) {
    this(path, bytes.clone(), null);
  }

  private OutputFile(String path, byte[] bytes, Supplier<byte[]> maker) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
        || Arrays.asList(path.split("/")).stream().anyMatch(p -> p.isEmpty() || p.equals("..") || p.equals("."))) {
      throw new IllegalArgumentException("unsafe output path: " + path);
    }
    this.path = path;
    this.bytes = bytes;
    this.maker = maker;
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), null);
  }

  /** A file whose bytes {@code maker} makes on demand, the same bytes every time. */
  public static OutputFile deferred(String path, Supplier<byte[]> maker) {
    return new OutputFile(path, null, maker);
  }

  public String path() {
    return path;
  }

  public byte[] bytes() {
    return own().clone();
  }

  /** This file with its bytes in memory: itself, or a deferred file's bytes made once. */
  public OutputFile materialized() {
    return maker == null ? this : new OutputFile(path, maker.get(), null);
  }

  /** Whether {@code other} holds exactly these bytes (without copying them). */
  public boolean sameBytes(byte[] other) {
    return Arrays.equals(own(), other);
  }

  /** Writes the bytes to {@code out} (without copying them). */
  public void writeTo(OutputStream out) throws IOException {
    out.write(own());
  }

  public int size() {
    return own().length;
  }

  public String text() {
    return new String(own(), StandardCharsets.UTF_8);
  }

  private byte[] own() {
    return maker == null ? bytes : maker.get();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutputFile f && f.path.equals(path) && Arrays.equals(f.own(), own());
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + Arrays.hashCode(own());
  }

  @Override
  public String toString() {
    return path + (maker == null ? " (" + bytes.length + " bytes)" : " (deferred)");
  }
}

package org.redpress.serve;

import java.util.HexFormat;
import org.redpress.hashing.Sha256;
import org.redpress.output.OutputFile;

/**
 * One served file of a build, held in memory: its bytes (never modified, never handed out), a
 * strong ETag from their hash, the time they last changed and their Content-Type.
 */
final class StaticFile {

  private final byte[] bytes;
  private final String etag;
  private final long lastModified;
  private final String contentType;

  private StaticFile(byte[] bytes, String etag, long lastModified, String contentType) {
    this.bytes = bytes;
    this.etag = etag;
    this.lastModified = lastModified;
    this.contentType = contentType;
  }

  /** The file of {@code out}, changed at {@code lastModified}. */
  static StaticFile of(OutputFile out, long lastModified) {
    byte[] bytes = out.bytes();
    return new StaticFile(bytes, etag(bytes), lastModified / 1000 * 1000, ContentTypes.of(out.path(), bytes));
  }

  /** Whether {@code out} holds this file's bytes. */
  boolean sameBytes(OutputFile out) {
    return out.sameBytes(bytes);
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return bytes.length;
  }

  /** The quoted strong validator, e.g. {@code "3f2a9c1b0d4e5f60"}. */
  String etag() {
    return etag;
  }

  /** Milliseconds since the epoch, whole seconds (HTTP dates carry no more). */
  long lastModified() {
    return lastModified;
  }

  String contentType() {
    return contentType;
  }

  boolean isHtml() {
    return ContentTypes.isHtml(contentType);
  }

  private static String etag(byte[] bytes) {
    return "\"" + HexFormat.of().formatHex(Sha256.bytes(bytes), 0, 10) + "\"";
  }
}

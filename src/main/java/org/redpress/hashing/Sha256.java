package org.redpress.hashing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of bytes or UTF-8 text, at once ({@link #hex(byte[])}) or fed piece by piece
 * ({@link #update(byte[])} … {@link #hex()}); an instance is single-use and not thread-safe.
 */
public final class Sha256 {

  private final MessageDigest digest = newDigest();

  /** A digest to feed piece by piece. */
  public Sha256() {}

  /** The 32-byte digest of {@code bytes}. */
  public static byte[] bytes(byte[] bytes) {
    return newDigest().digest(bytes);
  }

  /** The 64 lowercase hex digits of the digest of {@code bytes}. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes(bytes));
  }

  /** The 64 lowercase hex digits of the digest of {@code text} in UTF-8. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds {@code bytes}. */
  public Sha256 update(byte[] bytes) {
    digest.update(bytes);
    return this;
  }

  /** Adds one byte, e.g. a separator that keeps "ab"+"c" apart from "a"+"bc". */
  public Sha256 update(byte b) {
    digest.update(b);
    return this;
  }

  /** Adds {@code text} in UTF-8. */
  public Sha256 update(String text) {
    return update(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The 32-byte digest of everything added; the instance is used up. */
  public byte[] bytes() {
    return digest.digest();
  }

  /** The 64 lowercase hex digits of everything added; the instance is used up. */
  public String hex() {
    return HexFormat.of().formatHex(bytes());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

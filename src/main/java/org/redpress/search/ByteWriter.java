package org.redpress.search;

import java.io.ByteArrayOutputStream;

/** Writes the primitives of the static index format: varints, bytes and UTF-16 strings. */
final class ByteWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Unsigned LEB128, seven bits a byte, lowest first. */
  ByteWriter varint(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative varint " + value);
    }
    while (value >= 0x80) {
      out.write((int) (value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.write((int) value);
    return this;
  }

  ByteWriter u8(int value) {
    out.write(value & 0xFF);
    return this;
  }

  /** Count of UTF-16 units, then each unit little-endian. */
  ByteWriter string(String s) {
    varint(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.write(c & 0xFF);
      out.write(c >>> 8);
    }
    return this;
  }

  ByteWriter bytes(byte[] b) {
    out.write(b, 0, b.length);
    return this;
  }

  int size() {
    return out.size();
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }
}

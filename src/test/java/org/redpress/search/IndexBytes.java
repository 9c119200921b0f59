package org.redpress.search;

/** Reads the varints, strings and bits of the static index (docs/search.md §4), for tests that check its bytes. */
class IndexBytes {

  final byte[] b;
  int p;

  IndexBytes(byte[] b) {
    this.b = b;
  }

  int varint() {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int x = b[p++] & 0xFF;
      v |= (x & 0x7F) << shift;
      if (x < 0x80) {
        return v;
      }
    }
  }

  String string() {
    char[] units = new char[varint()];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) ((b[p++] & 0xFF) | (b[p++] & 0xFF) << 8);
    }
    return new String(units);
  }

  /** Bit {@code at} of the bytes, counted from the least significant bit of the first. */
  boolean bit(long at) {
    return (b[(int) (at >>> 3)] & (1 << (at & 7))) != 0;
  }
}

package org.redpress.search;

/** The facet file {@code f.bin}: values, labels and each document's value, run-length or bit-packed. */
final class FacetExport {

  private FacetExport() {}

  static byte[] bytes(FacetTable table, int docCount) {
    ByteWriter w = new ByteWriter().varint(Facet.values().length);
    for (Facet f : Facet.values()) {
      w.string(f.key()).varint(table.values(f).size());
      table.values(f).forEach(v -> w.string(v.value()).string(v.label()));
      byte[] rle = runLength(table.codes(f));
      byte[] packed = bitPacked(table.codes(f), table.values(f).size());
      w.bytes(rle.length <= packed.length ? rle : packed);
    }
    return w.toByteArray();
  }

  /** Documents are ordered by type and date, so type and year come in long runs. */
  private static byte[] runLength(int[] codes) {
    ByteWriter runs = new ByteWriter();
    int count = 0;
    for (int i = 0; i < codes.length; ) {
      int j = i;
      while (j < codes.length && codes[j] == codes[i]) {
        j++;
      }
      runs.varint(codes[i]).varint(j - i);
      count++;
      i = j;
    }
    return new ByteWriter().u8(0).varint(count).bytes(runs.toByteArray()).toByteArray();
  }

  private static byte[] bitPacked(int[] codes, int valueCount) {
    int bits = 32 - Integer.numberOfLeadingZeros(valueCount);
    bits = Math.max(bits, 1);
    byte[] packed = new byte[(codes.length * bits + 7) / 8];
    long bit = 0;
    for (int code : codes) {
      for (int b = 0; b < bits; b++, bit++) {
        if ((code >>> b & 1) != 0) {
          packed[(int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
        }
      }
    }
    return new ByteWriter().u8(1).u8(bits).bytes(packed).toByteArray();
  }
}

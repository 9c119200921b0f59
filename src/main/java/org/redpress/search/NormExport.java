package org.redpress.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A field's one-byte length norms for every document, one byte each: the table is fetched once
 * per visit instead of a norm byte travelling with every posting of every query. Left uncoded on
 * purpose: under gzip a Huffman coder saved 2% of a query's bytes on 10,000 records and cost 2%
 * on the bundled site (docs/search.md §4), too little for the code it needs on both sides.
 */
final class NormExport {

  private NormExport() {}

  /** The norm table of {@code field}: its norm by document, 0 where the field is empty. */
  static byte[] bytes(LeafReader leaf, String field) throws IOException {
    byte[] out = new byte[leaf.maxDoc()];
    NumericDocValues norms = leaf.getNormValues(field);
    if (norms != null) {
      for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
        out[d] = (byte) norms.longValue();
      }
    }
    return out;
  }
}

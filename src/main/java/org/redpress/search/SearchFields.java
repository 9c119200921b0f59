package org.redpress.search;

import java.util.List;
import java.util.Map;

/** Field names and weights of the index ({@code docs/search.md} §2). */
public final class SearchFields {

  /** The text fields, in the order of weights, norms and the client's field bits. */
  public static final List<String> TEXT = List.of("title", "tags", "summary", "body");

  /** Starting weights when {@code site.yaml} gives none. */
  private static final float[] DEFAULT_WEIGHTS = {4f, 3f, 2f, 1f};

  /** Facet field of the record's organization; indexed for the preview server, not faceted by the client. */
  public static final String ORGANIZATION = "organization";

  private SearchFields() {}

  /** The unigram side field of a text field. */
  public static String unigram(String field) {
    return field + ".u";
  }

  /** Weights in {@link #TEXT} order, from {@code search.weights} where given. */
  public static float[] weights(Map<String, Float> configured) {
    float[] w = DEFAULT_WEIGHTS.clone();
    for (int i = 0; i < TEXT.size(); i++) {
      Float v = configured.get(TEXT.get(i));
      if (v != null) {
        w[i] = v;
      }
    }
    return w;
  }
}

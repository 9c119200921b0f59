package org.redpress.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * An analyzed query ({@code docs/search.md} §3): its distinct tokens, at most {@link #MAX_TOKENS},
 * and the Lucene queries built from them. A unigram token is looked up in the {@code .u} fields.
 */
public record QueryPlan(List<ZhTokens.Token> tokens) {

  /** Caps the clauses a pasted paragraph can produce (4 leaves each, under Lucene's 1024). */
  public static final int MAX_TOKENS = 64;

  public QueryPlan {
    tokens = List.copyOf(tokens);
  }

  public static QueryPlan of(String text) {
    Set<String> seen = new LinkedHashSet<>();
    List<ZhTokens.Token> out = new ArrayList<>();
    for (ZhTokens.Token t : ZhTokens.main(text == null ? "" : text)) {
      if (out.size() < MAX_TOKENS && seen.add(t.kind() == ZhTokens.Kind.UNIGRAM ? "u:" + t.term() : t.term())) {
        out.add(t);
      }
    }
    return new QueryPlan(out);
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  public List<String> terms() {
    return tokens.stream().map(ZhTokens.Token::term).toList();
  }

  /** Every token must match. */
  Query all(float[] weights) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    tokens.forEach(t -> b.add(clause(t, weights), Occur.MUST));
    return b.build();
  }

  /** At least {@code m} tokens must match: the partial fallback. */
  Query atLeast(int m, float[] weights) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    tokens.forEach(t -> b.add(clause(t, weights), Occur.SHOULD));
    return b.setMinimumNumberShouldMatch(m).build();
  }

  /** The weighted sum over the four text fields for one token. */
  static Query clause(ZhTokens.Token token, float[] weights) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int f = 0; f < SearchFields.TEXT.size(); f++) {
      String field = SearchFields.TEXT.get(f);
      if (token.kind() == ZhTokens.Kind.UNIGRAM) {
        field = SearchFields.unigram(field);
      }
      b.add(new BoostQuery(new TermQuery(new Term(field, token.term())), weights[f]), Occur.SHOULD);
    }
    return b.build();
  }
}

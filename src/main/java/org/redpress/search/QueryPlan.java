package org.redpress.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * An analyzed query ({@code docs/search.md} §3): its distinct tokens, at most {@link #MAX_TOKENS},
 * that count towards a match, the unigrams that only add to the score (the characters of a
 * bigram no page contains), whether every token of the text is in the index, and the Lucene
 * queries built from them. A unigram token is looked up
 * in the {@code .u} fields.
 */
public record QueryPlan(List<ZhTokens.Token> tokens, List<ZhTokens.Token> rankOnly, boolean complete) {

  /** Caps the clauses a pasted paragraph can produce (4 leaves each, under Lucene's 1024). */
  public static final int MAX_TOKENS = 64;

  public QueryPlan {
    tokens = List.copyOf(tokens);
    rankOnly = List.copyOf(rankOnly);
  }

  public QueryPlan(List<ZhTokens.Token> tokens) {
    this(tokens, List.of(), true);
  }

  /**
   * Keeps the tokens the index has (§3.2): a missing bigram gives its two characters as
   * rank-only unigrams (those the index has, each once), any other missing token is dropped;
   * when no token is left, the rank-only unigrams count instead.
   */
  QueryPlan resolve(Predicate<ZhTokens.Token> indexed) {
    List<ZhTokens.Token> kept = new ArrayList<>();
    List<ZhTokens.Token> extra = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ZhTokens.Token t : tokens) {
      if (indexed.test(t)) {
        kept.add(t);
        seen.add(key(t));
      }
    }
    for (ZhTokens.Token t : tokens) {
      if (t.kind() == ZhTokens.Kind.BIGRAM && !indexed.test(t)) {
        int mid = t.start() + Character.charCount(t.term().codePointAt(0));
        for (ZhTokens.Token u : List.of(
            new ZhTokens.Token(t.term().substring(0, mid - t.start()), t.start(), mid, ZhTokens.Kind.UNIGRAM),
            new ZhTokens.Token(t.term().substring(mid - t.start()), mid, t.end(), ZhTokens.Kind.UNIGRAM))) {
          if (!seen.contains(key(u)) && indexed.test(u)) {
            seen.add(key(u));
            extra.add(u);
          }
        }
      }
    }
    return kept.isEmpty() ? new QueryPlan(extra, List.of(), tokens.isEmpty())
        : new QueryPlan(kept, extra, kept.size() == tokens.size());
  }

  private static String key(ZhTokens.Token t) {
    return t.kind() == ZhTokens.Kind.UNIGRAM ? "u:" + t.term() : t.term();
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

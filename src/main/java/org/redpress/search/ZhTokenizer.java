package org.redpress.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A Lucene tokenizer that emits exactly {@link ZhTokens}: the whole field value is read first
 * (record files are at most 2 MB), so the rules stay one function shared with the query side.
 */
final class ZhTokenizer extends Tokenizer {

  private final boolean unigrams;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private Iterator<ZhTokens.Token> pending = List.<ZhTokens.Token>of().iterator();
  private int length;

  ZhTokenizer(boolean unigrams) {
    this.unigrams = unigrams;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    for (int n; (n = input.read(buffer)) > 0; ) {
      text.append(buffer, 0, n);
    }
    length = text.length();
    String s = text.toString();
    pending = (unigrams ? ZhTokens.unigrams(s) : ZhTokens.main(s)).iterator();
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (!pending.hasNext()) {
      return false;
    }
    ZhTokens.Token t = pending.next();
    term.setEmpty().append(t.term());
    offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
    type.setType(t.kind() == ZhTokens.Kind.ALNUM ? "<ALNUM>" : "<IDEOGRAPHIC>");
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }
}

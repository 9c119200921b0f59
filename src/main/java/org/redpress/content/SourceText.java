package org.redpress.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * Turns a file's bytes into text: strict UTF-8 (a GBK file is reported with the line and column
 * of its first bad byte, never silently turned into U+FFFD), a leading BOM dropped, CRLF and CR
 * made LF, NUL bytes refused.
 */
final class SourceText {

  private SourceText() {}

  static Optional<String> decode(byte[] bytes, String file, Diagnostics diagnostics) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (result.isError()) {
      diagnostics.error("E-ENCODING", positionOfEnd(text, file), in.position());
      return Optional.empty();
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      diagnostics.error("E-NUL", positionOfEnd(text.substring(0, nul), file), nul);
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /** The line and column just after {@code prefix}, i.e. where decoding stopped. */
  private static SourcePosition positionOfEnd(String prefix, String file) {
    String normal = prefix.replace("\r\n", "\n").replace('\r', '\n');
    int line = 1;
    int lastBreak = -1;
    for (int i = 0; i < normal.length(); i++) {
      if (normal.charAt(i) == '\n') {
        line++;
        lastBreak = i;
      }
    }
    int column = normal.codePointCount(lastBreak + 1, normal.length()) + 1;
    return new SourcePosition(file, line, column);
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostics;

/** A card's title rows, coded from its glyphs' rows: the same pixels as drawing and deflating them. */
class ShareCardTest {

  private final ShareCard card = new ShareCard(CardFont.load(RenderFixture.THEME, new Diagnostics()).orElseThrow());

  @Test
  void aTitleLineCodedFromItsGlyphsInflatesToTheRowsDrawnAndIsNoLargerThanZlibMakesThem()
      throws DataFormatException {
    long coded = 0;
    long zlib = 0;
    for (String line : List.of("第一课：“三大工程”是什么", "Wi-Fi fjord 2024 年“强堡垒”", "党建引领聚合力")) {
      for (int size : new int[] {76, 62}) {
        List<ShareCard.Placed> glyphs = card.glyphs(line, size, 80, 300);
        int top = glyphs.stream().mapToInt(ShareCard.Placed::y).min().orElseThrow();
        int bottom = glyphs.stream().mapToInt(p -> p.y() + p.tile().height()).max().orElseThrow();
        PngEncoder.Strip strip = assertCodesTheDrawnRows(top, bottom - top, glyphs);
        coded += strip.deflated().length;
        zlib += PngEncoder.Strip.of(ShareCard.draw(top, bottom - top, glyphs)).deflated().length;
      }
    }
    assertThat(coded).isLessThanOrEqualTo(zlib);
  }

  @Test
  void glyphsThatOverlapOrThatTheStripCutsAreCodedFromTheirDrawnBytes() throws DataFormatException {
    List<ShareCard.Placed> line = card.glyphs("国强堡垒", 76, 80, 300);
    ShareCard.Placed first = line.get(0);
    List<ShareCard.Placed> glyphs = new ArrayList<>(line);
    // A glyph half over the one before it, one lower and overlapping only some of its rows, one
    // cut by each edge of the picture, and one that starts above the strip.
    glyphs.add(new ShareCard.Placed(line.get(1).tile(), line.get(1).x() + 30, line.get(1).y()));
    glyphs.add(new ShareCard.Placed(line.get(2).tile(), line.get(2).x() + 20, line.get(2).y() + 40));
    glyphs.add(new ShareCard.Placed(first.tile(), -25, first.y()));
    glyphs.add(new ShareCard.Placed(first.tile(), ShareCard.WIDTH - 30, first.y()));
    glyphs.add(new ShareCard.Placed(first.tile(), 900, first.y() - 20));
    int top = first.y() - 5;
    int bottom = glyphs.stream().mapToInt(p -> p.y() + p.tile().height()).max().orElseThrow();

    assertCodesTheDrawnRows(top, bottom - top, glyphs);
  }

  @Test
  void aStripWithoutGlyphsIsBlankRows() throws DataFormatException {
    assertCodesTheDrawnRows(200, 3, List.of());
  }

  private PngEncoder.Strip assertCodesTheDrawnRows(int top, int count, List<ShareCard.Placed> glyphs)
      throws DataFormatException {
    PngEncoder.Strip strip = card.coded(top, count, glyphs);
    byte[] drawn = ShareCard.draw(top, count, glyphs);
    assertThat(RowCoderTest.inflate(strip.deflated())).isEqualTo(drawn);
    Adler32 adler = new Adler32();
    adler.update(drawn);
    assertThat(strip.adler()).isEqualTo(adler.getValue());
    assertThat(strip.length()).isEqualTo(drawn.length);
    return strip;
  }
}

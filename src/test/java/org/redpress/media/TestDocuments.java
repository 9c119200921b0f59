package org.redpress.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Handouts and videos for tests: a PDF of n A4 pages, and an MP4 whose header declares a duration. */
public final class TestDocuments {

  private TestDocuments() {}

  /** An A4 PDF of {@code pages} pages, each with a heading and a coloured band. */
  public static byte[] pdf(int pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentInformation().setCreationDate(null);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.setNonStrokingColor(0.75f, 0.1f, 0.1f);
          s.addRect(40, 760, 515, 40);
          s.fill();
          s.beginText();
          s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 28);
          s.setNonStrokingColor(0f, 0f, 0f);
          s.newLineAtOffset(50, 700);
          s.showText("Handout page " + i + " of " + pages);
          s.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An MP4 skeleton: ftyp, moov with an mvhd of the given duration (version 0 or 1), a small mdat. */
  public static byte[] mp4(long millis, int version) {
    ByteBuffer b = ByteBuffer.allocate(200);
    b.putInt(20).put(ascii("ftyp")).put(ascii("isom")).putInt(512).put(ascii("mp41"));
    int mvhdSize = version == 1 ? 8 + 4 + 28 + 80 : 8 + 4 + 16 + 80;
    b.putInt(8 + mvhdSize).put(ascii("moov"));
    b.putInt(mvhdSize).put(ascii("mvhd")).put((byte) version).put(new byte[3]);
    if (version == 1) {
      b.putLong(0).putLong(0).putInt(1000).putLong(millis);
    } else {
      b.putInt(0).putInt(0).putInt(1000).putInt((int) millis);
    }
    b.put(new byte[80]);
    b.putInt(16).put(ascii("mdat")).putLong(0);
    byte[] out = new byte[b.position()];
    b.flip().get(out);
    return out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}

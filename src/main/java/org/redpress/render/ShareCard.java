package org.redpress.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws the raster pictures a shared link and a phone's home screen show: the 1200×630 share
 * card (the page's title, what kind of page it is and the site's name, in the theme's font) and
 * the square app icon. Text is filled as glyph outlines by Java2D's own rasteriser, never through
 * the machine's fonts or font hinting, so the same input gives the same PNG bytes.
 */
final class ShareCard {

  static final int WIDTH = 1200;
  static final int HEIGHT = 630;

  private static final Color RED = new Color(0xa4161a);
  private static final Color RED_DARK = new Color(0x7a0f12);
  private static final Color GOLD = new Color(0xffe8a3);
  private static final Color INK = new Color(0x1f1f1f);
  private static final Color PAPER = Color.WHITE;
  private static final int MARGIN = 80;
  private static final String NO_LINE_START = "，。、：；！？）》」』”’…—·%,.:;!?)]";
  private static final String NO_LINE_END = "（《「『“‘([";
  /** Fractional metrics, no hinting: advances come from the font's data alone. */
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final Font font;
  /** The font at each size used: deriving it again would drop Java2D's cache of its glyphs. */
  private final Map<Integer, Font> sized = new ConcurrentHashMap<>();

  ShareCard(Font font) {
    this.font = font;
  }

  /** The characters of {@code text} the font cannot draw, each once, in order. */
  String missing(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !font.canDisplay(cp))
        .distinct().forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The card of a page: {@code title} large, {@code label} (its section) below, the site's name on top. */
  byte[] card(String title, String label, String siteName) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(image);
    g.setColor(PAPER);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(RED);
    g.fillRect(0, 0, WIDTH, 128);
    g.setColor(GOLD);
    g.fill(star(MARGIN, 24, 80));
    g.setColor(PAPER);
    drawLine(g, fit(siteName, 44, WIDTH - MARGIN * 2 - 110), 44, MARGIN + 110, 82);

    if (!title.isBlank()) {
      // Two lines of large type when the title fits in them, else up to three smaller ones.
      int size = 76;
      List<String> lines = wrap(title, size, WIDTH - MARGIN * 2, Integer.MAX_VALUE);
      if (lines.size() > 2) {
        size = 62;
        lines = wrap(title, size, WIDTH - MARGIN * 2, 3);
      }
      g.setColor(INK);
      int baseline = 128 + 60 + size;
      for (String line : lines) {
        drawLine(g, line, size, MARGIN, baseline);
        baseline += (int) (size * 1.35);
      }
    }
    g.setColor(RED);
    g.fillRect(MARGIN, HEIGHT - 112, 96, 8);
    if (!label.isBlank()) {
      g.setColor(RED_DARK);
      drawLine(g, fit(label, 40, WIDTH - MARGIN * 2), 40, MARGIN, HEIGHT - 52);
    }
    g.dispose();
    return png(image);
  }

  /** The app icon at {@code size} pixels: the theme's star on its red square (as icon.svg). */
  static byte[] icon(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(image);
    // Opaque and full-bleed: home screens round the corners themselves.
    g.setColor(RED);
    g.fillRect(0, 0, size, size);
    g.setColor(GOLD);
    double s = size * 0.72;
    g.fill(star((size - s) / 2, (size - s) / 2 + size * 0.02, s));
    g.dispose();
    return png(image);
  }

  /** icon.svg's star (a 64-unit box), placed at x, y and scaled to {@code size}. */
  private static Shape star(double x, double y, double size) {
    double[] p = {32, 10, 38.2, 23.9, 53.3, 25.5, 42, 35.6, 45.2, 50.5, 32, 42.8, 18.8, 50.5, 22, 35.6, 10.7, 25.5, 25.8, 23.9};
    Path2D.Double path = new Path2D.Double();
    path.moveTo(p[0], p[1]);
    for (int i = 2; i < p.length; i += 2) {
      path.lineTo(p[i], p[i + 1]);
    }
    path.closePath();
    // The star's box is 10.7..53.3 × 10..50.5: scale that to the size asked for.
    double scale = size / 44.0;
    AffineTransform t = new AffineTransform();
    t.translate(x, y);
    t.scale(scale, scale);
    t.translate(-10, -8);
    return t.createTransformedShape(path);
  }

  private static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setStroke(new BasicStroke(1f));
    return g;
  }

  private void drawLine(Graphics2D g, String text, int size, int x, int baseline) {
    if (!text.isEmpty()) {
      g.fill(glyphs(text, size).getOutline(x, baseline));
    }
  }

  private GlyphVector glyphs(String text, int size) {
    return sized.computeIfAbsent(size, s -> font.deriveFont((float) s)).createGlyphVector(FRC, text);
  }

  private double width(String text, int size) {
    return text.isEmpty() ? 0 : glyphs(text, size).getLogicalBounds().getWidth();
  }

  /** {@code text} on one line, cut with "…" when wider than {@code max}. */
  private String fit(String text, int size, double max) {
    List<String> lines = wrap(text, size, max, 1);
    return lines.isEmpty() ? "" : lines.get(0);
  }

  /**
   * {@code text} broken into at most {@code maxLines} lines of at most {@code max} pixels: between
   * any two Han characters, but not inside a Latin word or number, not before closing punctuation
   * and not after opening punctuation; the last line ends in "…" when the text does not fit.
   */
  List<String> wrap(String text, int size, double max, int maxLines) {
    List<String> units = units(text.strip().replaceAll("\\s+", " "));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      String candidate = line + unit;
      boolean closing = NO_LINE_START.contains(unit);
      if (line.length() > 0 && width(candidate, size) > max && !closing) {
        String carried = "";
        String current = line.toString();
        if (current.length() > 1 && NO_LINE_END.indexOf(current.charAt(current.length() - 1)) >= 0) {
          carried = current.substring(current.length() - 1);
          current = current.substring(0, current.length() - 1);
        }
        lines.add(current.stripTrailing());
        line = new StringBuilder(carried).append(unit.isBlank() ? "" : unit);
        if (lines.size() == maxLines) {
          return ellipsized(lines, size, max);
        }
      } else {
        line.append(unit);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The lines with the last one shortened to end in "…" within {@code max}. */
  private List<String> ellipsized(List<String> lines, int size, double max) {
    String last = lines.get(lines.size() - 1);
    while (!last.isEmpty() && width(last + "…", size) > max) {
      last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
    }
    lines.set(lines.size() - 1, last + "…");
    return lines;
  }

  /** A Latin word or number stays whole; every other character is a unit of its own. */
  private static List<String> units(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
        while (end < text.length() && text.charAt(end) < 0x80 && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
      }
      out.add(text.substring(i, end));
      i = end;
    }
    return out;
  }

  private static byte[] png(BufferedImage image) {
    return PngEncoder.encode(image);
  }

}

package org.redpress.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Draws the raster pictures a shared link and a phone's home screen show: the 1200×630 share
 * card (the page's title, what kind of page it is and the site's name, in the theme's font) and
 * the square app icon. Text is filled as glyph outlines by Java2D's own rasteriser, never through
 * the machine's fonts or font hinting, so the same input gives the same PNG bytes.
 */
final class ShareCard {

  static final int WIDTH = 1200;
  static final int HEIGHT = 630;

  private static final int RED = 0xa4161a;
  private static final int RED_DARK = 0x7a0f12;
  private static final int GOLD = 0xffe8a3;
  private static final int INK = 0x1f1f1f;
  private static final int PAPER = 0xffffff;
  private static final int MARGIN = 80;
  /** The red band's height, and the first row of the foot (the bar and the section's name). */
  private static final int BAND = 128;
  private static final int FOOT = HEIGHT - 112;
  private static final int STEPS = 64;
  /** Palette ramps (first entries); a ramp's first step is its background. */
  private static final int PAPER_INK = 0;
  private static final int PAPER_RED_DARK = STEPS;
  private static final int RED_PAPER = 2 * STEPS;
  private static final int RED_GOLD = 3 * STEPS;
  private static final int ON_PAPER = PAPER_INK;
  private static final int ON_RED = RED_PAPER;
  private static final int[] PALETTE = palette();
  private static final String NO_LINE_START = "，。、：；！？）》」』”’…—·%,.:;!?)]";
  private static final String NO_LINE_END = "（《「『“‘([";
  /** Fractional metrics, no hinting: advances come from the font's data alone. */
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final Font font;
  /** The font at each size used: deriving it again would drop Java2D's cache of its glyphs. */
  private final Map<Integer, Font> sized = new ConcurrentHashMap<>();
  /** A character's advance at a size (key: size << 32 | code point), for breaking lines. */
  private final Map<Long, Double> advances = new ConcurrentHashMap<>();
  /** The parts every card of a site, or of a section, shares: drawn and deflated once per build. */
  private final Map<String, PngEncoder.Strip> bands = new ConcurrentHashMap<>();
  private final Map<String, PngEncoder.Strip> footers = new ConcurrentHashMap<>();
  private final Map<Integer, PngEncoder.Strip> blanks = new ConcurrentHashMap<>();
  /** Each glyph's coverage at a size (key: size << 32 | code point), rasterised once per build. */
  private final Map<Long, Tile> tiles = new ConcurrentHashMap<>();
  /** Codes the title's rows, with a table fitted to the font's own glyphs. */
  private final RowCoder coder;

  ShareCard(Font font) {
    this.font = font;
    this.coder = RowCoder.fittedTo(sample(), WIDTH + 1);
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
    List<PngEncoder.Strip> strips = new ArrayList<>();
    strips.add(bands.computeIfAbsent(siteName, this::band));
    strips.addAll(titleStrips(title));
    strips.add(footers.computeIfAbsent(label, this::footer));
    return PngEncoder.indexed(WIDTH, HEIGHT, PALETTE, strips);
  }

  /** The red band on top: the theme's star and the site's name, the same on every card of a site. */
  private PngEncoder.Strip band(String siteName) {
    byte[] rows = blankRows(WIDTH, BAND, ON_RED);
    paint(rows, WIDTH, 0, BAND, star(MARGIN, 24, 80), RED_GOLD);
    stamp(rows, WIDTH, 0, BAND, glyphs(fit(siteName, 44, WIDTH - MARGIN * 2 - 110), 44, MARGIN + 110, 82), RED_PAPER);
    return PngEncoder.Strip.of(rows);
  }

  /**
   * The title: two lines of large type when it fits in them, else up to three smaller ones. Only
   * the rows a line's glyphs touch are coded per card ({@link #coded}); the blank rows around
   * them are runs of paper deflated once per height.
   */
  private List<PngEncoder.Strip> titleStrips(String title) {
    List<List<Placed>> lines = new ArrayList<>();
    if (!title.isBlank()) {
      int size = 76;
      List<String> text = wrap(title, size, WIDTH - MARGIN * 2, Integer.MAX_VALUE);
      if (text.size() > 2) {
        size = 62;
        text = wrap(title, size, WIDTH - MARGIN * 2, 3);
      }
      int baseline = BAND + 60 + size;
      for (String line : text) {
        lines.add(glyphs(line, size, MARGIN, baseline));
        baseline += (int) (size * 1.35);
      }
    }
    List<PngEncoder.Strip> strips = new ArrayList<>();
    int row = BAND;
    for (int i = 0; i < lines.size(); i++) {
      List<Placed> glyphs = new ArrayList<>(lines.get(i));
      // A line whose glyphs reach into the next line's rows is drawn with it.
      while (i + 1 < lines.size() && top(lines.get(i + 1)) < bottom(glyphs)) {
        glyphs.addAll(lines.get(++i));
      }
      int top = Math.max(row, top(glyphs));
      int bottom = Math.min(FOOT, bottom(glyphs));
      if (bottom <= top) {
        continue;
      }
      if (top > row) {
        strips.add(blank(top - row));
      }
      strips.add(coded(top, bottom - top, glyphs));
      row = bottom;
    }
    if (row < FOOT) {
      strips.add(blank(FOOT - row));
    }
    return strips;
  }

  /**
   * The title rows {@code top} to {@code top + count} as a strip. Where a glyph's row is alone on
   * its part of the row, and of the row above, its bits are the ones coded with its tile; the
   * blank between glyphs is a run of zeros; only where glyphs overlap, or are cut at the strip's
   * edge, are the rows drawn and those bytes coded afresh. So a card costs joining bits, not
   * deflating some 90,000 bytes (zlib took a fifth of a build's time for that).
   */
  PngEncoder.Strip coded(int top, int count, List<Placed> glyphs) {
    int stride = WIDTH + 1;
    Placed[] byX = glyphs.stream().filter(p -> p.tile().width() > 0 && p.x() < WIDTH && right(p) > 0)
        .sorted(Comparator.comparingInt(Placed::x)).toArray(Placed[]::new);
    // A glyph whose box meets no other glyph's box, and lies whole in the strip, is alone on each
    // of its rows: its coded rows stand as they are.
    boolean[] meets = new boolean[byX.length];
    boolean drawn = false;
    for (int i = 0; i < byX.length; i++) {
      Placed p = byX[i];
      for (int j = i + 1; j < byX.length && byX[j].x() < right(p); j++) {
        if (byX[j].y() < p.y() + p.tile().height() && p.y() < byX[j].y() + byX[j].tile().height()) {
          meets[i] = true;
          meets[j] = true;
        }
      }
      boolean whole = p.x() >= 0 && right(p) <= WIDTH && p.y() >= top;
      meets[i] |= !whole;
      drawn |= meets[i];
    }
    byte[] rows = drawn ? draw(top, count, glyphs) : null;
    RowCoder.Bits bits = coder.start();
    PngEncoder.Adler adler = new PngEncoder.Adler();
    int previous = -1; // the last byte coded; -1 before the first
    int zeros = 0; // blank bytes not coded yet
    for (int r = 0; r < count; r++) {
      int y = top + r;
      zeros++; // the row's filter byte (0: none)
      int x = 0; // the next pixel of the row to code
      for (int i = 0; i < byX.length; i++) {
        Placed p = byX[i];
        if (!covers(p, y)) {
          continue;
        }
        int start = Math.max(x, Math.max(0, p.x()));
        int end = Math.min(WIDTH, right(p));
        boolean clean = start == p.x();
        if (meets[i]) {
          // The glyphs overlapping this one on this row go with it, and a row whose row above
          // another glyph shares, or that the strip cuts, is coded from the drawn bytes.
          for (int j = i + 1; j < byX.length && byX[j].x() < end; j++) {
            if (covers(byX[j], y)) {
              clean = false;
              end = Math.max(end, Math.min(WIDTH, right(byX[j])));
              i = j;
            }
          }
          clean = clean && end == right(p) && (y == p.y() || (r > 0 && aloneOn(byX, p, y - 1)));
        }
        zeros += start - x;
        if (zeros > 0) {
          coder.zeros(zeros, previous, bits);
          adler.zeros(zeros);
          previous = 0;
          zeros = 0;
        }
        if (clean) {
          previous = p.tile().appendRow(y - p.y(), bits, adler);
        } else if (end > start) {
          int at = r * stride + 1;
          coder.code(rows, at + start, at + end, stride, 0, 0, bits);
          adler.update(rows, at + start, at + end);
          previous = rows[at + end - 1] & 0xff;
        }
        x = Math.max(x, end);
      }
      zeros += WIDTH - x;
    }
    if (zeros > 0) {
      coder.zeros(zeros, previous, bits);
      adler.zeros(zeros);
    }
    return new PngEncoder.Strip(coder.finish(bits), adler.value(), (long) count * stride);
  }

  /** The title rows {@code top} to {@code top + count} with {@code glyphs} drawn in ink, as scanlines. */
  static byte[] draw(int top, int count, List<Placed> glyphs) {
    byte[] rows = blankRows(WIDTH, count, ON_PAPER);
    stamp(rows, WIDTH, top, count, glyphs, PAPER_INK);
    return rows;
  }

  private static int right(Placed p) {
    return p.x() + p.tile().width();
  }

  private static boolean covers(Placed p, int y) {
    return y >= p.y() && y < p.y() + p.tile().height();
  }

  /** Whether no glyph but {@code p} touches row {@code y} where {@code p} lies. */
  private static boolean aloneOn(Placed[] glyphs, Placed p, int y) {
    for (Placed q : glyphs) {
      if (q != p && covers(q, y) && q.x() < right(p) && p.x() < right(q)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Rows like a card's title, in the theme's font, to fit the row coder's table to: two lines of
   * common characters of titles at the large size, and three at the small one.
   */
  private byte[] sample() {
    String text = "党建引领红色教育实践基地志愿服务学习资料工作成效社区乡村振兴网格治理";
    int stride = WIDTH + 1;
    int height = FOOT - BAND;
    byte[] rows = new byte[2 * height * stride];
    int[][] layouts = {{76, 2}, {62, 3}};
    for (int k = 0; k < layouts.length; k++) {
      int size = layouts[k][0];
      List<String> lines = wrap(text, size, WIDTH - MARGIN * 2, layouts[k][1]);
      int baseline = BAND + 60 + size;
      List<Placed> glyphs = new ArrayList<>();
      for (String line : lines) {
        glyphs.addAll(glyphs(line, size, MARGIN, baseline, this::raster));
        baseline += (int) (size * 1.35);
      }
      byte[] part = blankRows(WIDTH, height, ON_PAPER);
      stamp(part, WIDTH, BAND, height, glyphs, PAPER_INK);
      System.arraycopy(part, 0, rows, k * height * stride, part.length);
    }
    return rows;
  }

  private static int top(List<Placed> glyphs) {
    return glyphs.stream().mapToInt(Placed::y).min().orElse(Integer.MAX_VALUE);
  }

  private static int bottom(List<Placed> glyphs) {
    return glyphs.stream().mapToInt(p -> p.y() + p.tile().height()).max().orElse(Integer.MIN_VALUE);
  }

  /** {@code count} rows of paper. */
  private PngEncoder.Strip blank(int count) {
    return blanks.computeIfAbsent(count, n -> PngEncoder.Strip.of(blankRows(WIDTH, n, ON_PAPER)));
  }

  /** The foot: a short red bar and the page's section, shared by the cards of one section. */
  private PngEncoder.Strip footer(String label) {
    byte[] rows = blankRows(WIDTH, HEIGHT - FOOT, ON_PAPER);
    for (int y = HEIGHT - 112 - FOOT; y < HEIGHT - 104 - FOOT; y++) {
      int row = y * (WIDTH + 1) + 1;
      Arrays.fill(rows, row + MARGIN, row + MARGIN + 96, (byte) ON_RED); // the red ramp's background: solid red
    }
    if (!label.isBlank()) {
      stamp(rows, WIDTH, FOOT, HEIGHT - FOOT, glyphs(fit(label, 40, WIDTH - MARGIN * 2), 40, MARGIN, HEIGHT - 52),
          PAPER_RED_DARK);
    }
    return PngEncoder.Strip.of(rows);
  }

  /** The app icon at {@code size} pixels: the theme's star on its red square (as icon.svg). */
  static byte[] icon(int size) {
    // Opaque and full-bleed: home screens round the corners themselves.
    byte[] rows = blankRows(size, size, ON_RED);
    double s = size * 0.72;
    paint(rows, size, 0, size, star((size - s) / 2, (size - s) / 2 + size * 0.02, s), RED_GOLD);
    return PngEncoder.indexed(size, size, PALETTE, List.of(PngEncoder.Strip.of(rows)));
  }

  /** {@code count} scanlines of {@code width} pixels of palette entry {@code fill}, each led by filter 0 (none). */
  private static byte[] blankRows(int width, int count, int fill) {
    byte[] rows = new byte[count * (width + 1)];
    if (fill != 0) {
      Arrays.fill(rows, (byte) fill);
      for (int y = 0; y < count; y++) {
        rows[y * (width + 1)] = 0;
      }
    }
    return rows;
  }

  /**
   * A glyph at one size, drawn once: its box relative to the pen on the baseline, its coverage
   * as palette steps (0 = untouched), row by row, and, once coded, those rows' bits one after
   * another ({@code rowBits}), where each row's bits end ({@code rowEnds}) and each row's two
   * checksum sums ({@code rowSums}).
   */
  record Tile(int dx, int dy, int width, int height, byte[] levels, RowCoder.Bits rowBits, long[] rowEnds,
      long[] rowSums) {

    /**
     * This tile with its rows coded by {@code coder}, each on its own or copying the one above,
     * and each row's sums for the checksum.
     */
    Tile coded(RowCoder coder) {
      RowCoder.Bits bits = new RowCoder.Bits();
      long[] ends = new long[height];
      long[] sums = new long[2 * height];
      for (int y = 0; y < height; y++) {
        coder.code(levels, y * width, (y + 1) * width, width, y * width, 0, bits);
        ends[y] = bits.size();
        long[] s = PngEncoder.Adler.sums(levels, y * width, (y + 1) * width);
        sums[2 * y] = s[0];
        sums[2 * y + 1] = s[1];
      }
      return new Tile(dx, dy, width, height, levels, bits.trimmed(), ends, sums);
    }

    /** Adds row {@code y}'s bits and checksum; returns its last byte. */
    int appendRow(int y, RowCoder.Bits out, PngEncoder.Adler adler) {
      out.append(rowBits, y == 0 ? 0 : rowEnds[y - 1], rowEnds[y]);
      adler.add(width, rowSums[2 * y], rowSums[2 * y + 1]);
      return levels[(y + 1) * width - 1] & 0xff;
    }
  }

  /** A glyph placed on whole pixels: the tile's top left corner at x, y. */
  record Placed(Tile tile, int x, int y) {}

  /**
   * The glyphs of {@code text} at {@code size} from the pen at x on {@code baseline}. Each glyph
   * is rasterised once per size and placed on the nearest whole pixel, so a card costs copies of
   * small tiles instead of filling every outline again.
   */
  List<Placed> glyphs(String text, int size, int x, int baseline) {
    return glyphs(text, size, x, baseline,
        (cp, s) -> tiles.computeIfAbsent((long) s << 32 | cp, k -> raster(cp, s).coded(coder)));
  }

  private List<Placed> glyphs(String text, int size, int x, int baseline, BiFunction<Integer, Integer, Tile> tiles) {
    List<Placed> out = new ArrayList<>();
    double pen = x;
    for (int cp : text.codePoints().toArray()) {
      Tile tile = tiles.apply(cp, size);
      out.add(new Placed(tile, (int) Math.round(pen) + tile.dx(), baseline + tile.dy()));
      pen += advance(cp, size);
    }
    return out;
  }

  /** The glyph's tile, its rows not coded yet. */
  private Tile raster(int cp, int size) {
    Shape outline = glyphs(new String(Character.toChars(cp)), size).getOutline(0, 0);
    Rectangle box = outline.getBounds();
    if (box.isEmpty()) {
      return new Tile(0, 0, 0, 0, new byte[0], null, null, null);
    }
    byte[] levels = coverage(outline, box);
    for (int i = 0; i < levels.length; i++) {
      levels[i] = (byte) ((levels[i] & 0xff) >> 2);
    }
    return new Tile(box.x, box.y, box.width, box.height, levels, null, null, null);
  }

  /**
   * Copies the glyphs' coverage into {@code rows} (the picture's rows {@code top} to {@code top +
   * count}) as steps of {@code ramp}. Where a glyph's box reaches into the one before it, the
   * darker coverage wins; the rest of its row is copied whole, since nothing is drawn there yet.
   */
  private static void stamp(byte[] rows, int width, int top, int count, List<Placed> glyphs, int ramp) {
    int drawnTo = Integer.MIN_VALUE;
    for (Placed p : glyphs) {
      Tile t = p.tile();
      int x0 = Math.max(0, -p.x());
      int x1 = Math.min(t.width(), width - p.x());
      if (x1 <= x0) {
        continue; // wholly outside the picture
      }
      int copyFrom = Math.min(x1, Math.max(x0, drawnTo - p.x()));
      for (int y = Math.max(0, top - p.y()); y < Math.min(t.height(), top + count - p.y()); y++) {
        int from = y * t.width();
        int to = (p.y() + y - top) * (width + 1) + 1 + p.x();
        for (int x = x0; x < copyFrom; x++) {
          int level = t.levels()[from + x];
          int old = (rows[to + x] & 0xff) - ramp;
          if (level > 0 && (old < 0 || old >= STEPS || level > old)) {
            rows[to + x] = (byte) (ramp + level);
          }
        }
        if (ramp == 0) {
          System.arraycopy(t.levels(), from + copyFrom, rows, to + copyFrom, x1 - copyFrom);
        } else {
          for (int x = copyFrom; x < x1; x++) {
            int level = t.levels()[from + x];
            if (level > 0) {
              rows[to + x] = (byte) (ramp + level);
            }
          }
        }
      }
      drawnTo = Math.max(drawnTo, p.x() + x1);
    }
  }

  /**
   * Fills {@code shape} (in picture coordinates) into the scanlines {@code rows}, which hold the
   * picture's rows {@code top} to {@code top + count}, each covered pixel taking the step of
   * {@code ramp} that matches its coverage.
   */
  private static void paint(byte[] rows, int width, int top, int count, Shape shape, int ramp) {
    Rectangle box = shape.getBounds().intersection(new Rectangle(0, top, width, count));
    if (box.isEmpty()) {
      return;
    }
    byte[] coverage = coverage(shape, box);
    for (int y = 0; y < box.height; y++) {
      int from = y * box.width;
      int to = (box.y - top + y) * (width + 1) + 1 + box.x;
      for (int x = 0; x < box.width; x++) {
        int c = coverage[from + x] & 0xff;
        if (c != 0) {
          rows[to + x] = (byte) (ramp + (c >> 2));
        }
      }
    }
  }

  /** The antialiased coverage (0–255) of {@code shape} over {@code box}, row by row, rasterised by Java2D. */
  private static byte[] coverage(Shape shape, Rectangle box) {
    BufferedImage mask = new BufferedImage(box.width, box.height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = mask.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.translate(-box.x, -box.y);
    g.fill(shape);
    g.dispose();
    return ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
  }

  /**
   * The palette: four ramps of {@value #STEPS} steps, each from a background to the colour drawn
   * on it, enough for antialiased edges that look smooth at a third of the bytes of RGB.
   */
  private static int[] palette() {
    int[][] pairs = {{PAPER, INK}, {PAPER, RED_DARK}, {RED, PAPER}, {RED, GOLD}};
    int[] out = new int[pairs.length * STEPS];
    for (int r = 0; r < pairs.length; r++) {
      for (int i = 0; i < STEPS; i++) {
        out[r * STEPS + i] = blend(pairs[r][0], pairs[r][1], i / (double) (STEPS - 1));
      }
    }
    return out;
  }

  private static int blend(int from, int to, double t) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int a = (from >> shift) & 0xff;
      int b = (to >> shift) & 0xff;
      out |= (int) Math.round(a + (b - a) * t) << shift;
    }
    return out;
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

  private GlyphVector glyphs(String text, int size) {
    return sized.computeIfAbsent(size, s -> font.deriveFont((float) s)).createGlyphVector(FRC, text);
  }

  /** The width of {@code text}: the sum of its characters' advances (the font has no kerning here). */
  private double width(String text, int size) {
    return text.codePoints().mapToDouble(cp -> advance(cp, size)).sum();
  }

  private double advance(int cp, int size) {
    return advances.computeIfAbsent((long) size << 32 | cp,
        k -> (double) glyphs(new String(Character.toChars(cp)), size).getGlyphMetrics(0).getAdvance());
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
}

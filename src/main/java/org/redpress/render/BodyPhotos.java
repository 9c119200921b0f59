package org.redpress.render;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redpress.content.Meta;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.markdown.SafeHtml;
import org.redpress.media.PhotoLibrary;

/**
 * Photos an editor put in a body ({@code ![alt](visit-1.jpg "caption")} beside the record, or
 * {@code ![alt](/media/photo.jpg "caption")}): each becomes the
 * same responsive image a record's photos are, in a {@code <figure>} with the title as caption
 * when it stands alone in its paragraph. An image without alt text is an error at its line.
 */
final class BodyPhotos {

  private BodyPhotos() {}

  static SafeHtml enhance(SafeHtml html, Pictures pictures, Meta meta, Diagnostics diagnostics) {
    if (!html.html().contains("<img")) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html.html());
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element img : doc.body().select("img[src]")) {
      String src = img.attr("src");
      Optional<String> path = pictures.mediaPath(src, meta.type().folder());
      if (path.isEmpty()) {
        reportMissing(src, meta, diagnostics);
        continue;
      }
      if (!PhotoLibrary.isPhoto(path.get())) {
        continue;
      }
      String alt = img.attr("alt").strip();
      if (alt.isEmpty()) {
        diagnostics.error("E-PHOTO-ALT", at(meta, src), path.get());
      }
      String caption = img.attr("title");
      RecordView.Image view = pictures.image(path.get(), alt, caption, null, Pictures.PAGE_SIZES);
      Element picture = new Element("img").attr("src", view.src());
      if (view.srcset() != null) {
        picture.attr("srcset", view.srcset()).attr("sizes", view.sizes());
        picture.attr("width", String.valueOf(view.width())).attr("height", String.valueOf(view.height()));
      }
      picture.attr("alt", alt).attr("loading", "lazy").attr("decoding", "async");
      Element parent = img.parent();
      boolean alone = parent != null && parent.normalName().equals("p") && parent.childrenSize() == 1
          && parent.ownText().isBlank();
      if (alone) {
        Element figure = new Element("figure").appendChild(picture);
        if (view.caption() != null) {
          figure.appendElement("figcaption").text(view.caption());
        }
        parent.replaceWith(figure);
      } else {
        img.replaceWith(picture);
      }
      changed = true;
    }
    // Only our own elements replace images the sanitiser allowed; their values are escaped by jsoup.
    return changed ? new SafeHtml(doc.body().html()) : html;
  }

  /**
   * A relative photo source that names no file (beside the record or under content/media/), or one
   * that climbs out of content/: an error at its line, as a missing photo in front matter is.
   */
  private static void reportMissing(String src, Meta meta, Diagnostics diagnostics) {
    boolean relative = !src.isEmpty() && !src.startsWith("/") && !src.startsWith("#") && !src.contains(":");
    if (!relative || !PhotoLibrary.isPhoto(src)) {
      return;
    }
    if (src.startsWith("../../")) {
      diagnostics.error("E-PATH-ESCAPE", at(meta, src), "![]()", src);
    } else {
      diagnostics.error("E-MEDIA", at(meta, src), src, "");
    }
  }

  /** The line of the image in the body's source, else the body's first line. */
  private static SourcePosition at(Meta meta, String src) {
    String body = meta.body();
    int index = body.indexOf("](" + src);
    int line = meta.bodyLine();
    for (int i = 0; i < index; i++) {
      if (body.charAt(i) == '\n') {
        line++;
      }
    }
    int column = index < 0 ? 0 : index - body.lastIndexOf('\n', index);
    return new SourcePosition(meta.file(), line, Math.max(column, 0));
  }
}

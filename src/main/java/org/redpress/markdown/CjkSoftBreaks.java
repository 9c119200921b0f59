package org.redpress.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Drops a soft line break between two Chinese characters.
 *
 * <p>Editors hard-wrap Chinese paragraphs in their editors; flexmark emits the line break as
 * "\n", which most browsers (and jsoup's text) show as a space in the middle of a sentence.
 */
final class CjkSoftBreaks implements HtmlRenderer.HtmlRendererExtension {

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(SoftLineBreak.class, Renderer::render));
    }

    private static void render(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
      if (!betweenCjk(node)) {
        html.raw(context.getHtmlOptions().softBreak);
      }
    }

    private static boolean betweenCjk(Node node) {
      Node before = node.getPrevious();
      Node after = node.getNext();
      if (!(before instanceof Text) || !(after instanceof Text)) {
        return false;
      }
      String left = before.getChars().toString().stripTrailing();
      String right = after.getChars().toString().stripLeading();
      return !left.isEmpty()
          && !right.isEmpty()
          && CjkText.isCjk(left.codePointBefore(left.length()))
          && CjkText.isCjk(right.codePointAt(0));
    }
  }
}

/**
 * Markdown to safe HTML: the flexmark set-up ({@link org.redpress.markdown.MarkdownRenderer}),
 * the URL allow-list shared with the content validator ({@link org.redpress.markdown.UrlPolicy}),
 * the jsoup sanitiser whose output is the only HTML templates may print unescaped ({@link
 * org.redpress.markdown.SafeHtml}), and CJK-aware text tools for summaries, reading time and
 * plain text ({@link org.redpress.markdown.CjkText}).
 *
 * <p>May import: no other redpress package (it sits low in the layering; flexmark and jsoup only).
 */
package org.redpress.markdown;

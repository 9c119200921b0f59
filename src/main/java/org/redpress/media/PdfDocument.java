package org.redpress.media;

/** What a PDF handout shows before it is downloaded: its page count and a first-page thumbnail. */
public record PdfDocument(String key, int pages, Variant thumbnail) {}

package org.redpress.content;

/** A downloadable file of a learning material, under {@code content/media/}. */
public record Attachment(String title, Ref file) {}

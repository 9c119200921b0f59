package org.redpress.content;

/** A downloadable file of a learning material, under {@code content/media/}; a video may name a poster photo. */
public record Attachment(String title, Ref file, Ref poster) {}

package org.redpress.content;

/** A photo of a record, under {@code content/media/}: alt is always written (empty for a decorative picture). */
public record Photo(Ref file, String alt, String caption, String credit) {}

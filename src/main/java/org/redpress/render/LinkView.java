package org.redpress.render;

/** A link as a template prints it: an href that already carries the base path, and its text. */
public record LinkView(String href, String text) {}

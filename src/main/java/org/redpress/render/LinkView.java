package org.redpress.render;

/** A link as a template prints it: an href that already carries the base path, and its text. */
@Doc("A link: an href that already carries the site's base path, and its text.")
public record LinkView(@Doc("Where it goes.") String href, @Doc("What it says.") String text) {}

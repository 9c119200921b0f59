package org.redpress.render;

/**
 * An entry of a navigation list; {@code current} marks the page being shown (aria-current),
 * {@code page} a page that asked for a menu place (the theme folds those under 更多).
 */
@Doc("An entry of a navigation list (main menu, pager).")
public record NavItem(
    @Doc("Where it goes.") String href,
    @Doc("What it says.") String text,
    @Doc("Whether it is the page being shown (print aria-current).") boolean current,
    @Doc("Whether it is a page with a menu place (about, help) rather than home or a section.") boolean page) {}

package org.redpress.render;

/** An entry of a navigation list; {@code current} marks the page being shown (aria-current). */
@Doc("An entry of a navigation list (main menu, pager).")
public record NavItem(
    @Doc("Where it goes.") String href,
    @Doc("What it says.") String text,
    @Doc("Whether it is the page being shown (print aria-current).") boolean current) {}

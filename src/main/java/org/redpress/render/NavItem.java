package org.redpress.render;

/** An entry of a navigation list; {@code current} marks the page being shown (aria-current). */
public record NavItem(String href, String text, boolean current) {}

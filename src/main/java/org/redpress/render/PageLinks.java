package org.redpress.render;

import java.util.List;
import java.util.Set;

/** What the link checker reads from one page: every {@code href} and {@code src}, and its ids. */
record PageLinks(List<String> links, Set<String> ids) {}

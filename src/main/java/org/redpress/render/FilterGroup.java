package org.redpress.render;

import java.util.List;

/** One row of the materials list's filters: what it filters by and its links, the current one marked. */
@Doc("A row of filter links on the materials list (list.ftlh).")
public record FilterGroup(
    @Doc("What the row filters by (按类型, 按时长 …).") String label,
    @Doc("Its links; current marks the page shown.") List<NavItem> links) {

  public FilterGroup {
    links = List.copyOf(links);
  }
}

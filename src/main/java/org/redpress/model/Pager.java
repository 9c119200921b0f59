package org.redpress.model;

import java.util.ArrayList;
import java.util.List;

/** One page of a paginated list: its number, the total, its path and its items. */
public record Pager<T>(int number, int total, String path, String firstPath, List<T> items) {

  public Pager {
    items = List.copyOf(items);
  }

  public String previousPath() {
    return number > 1 ? Urls.page(firstPath, number - 1) : null;
  }

  public String nextPath() {
    return number < total ? Urls.page(firstPath, number + 1) : null;
  }

  /** Splits {@code items} into pages of {@code size}; an empty list still gets one page. */
  public static <T> List<Pager<T>> paginate(List<T> items, int size, String firstPath) {
    int total = Math.max(1, (items.size() + size - 1) / size);
    List<Pager<T>> pages = new ArrayList<>();
    for (int n = 1; n <= total; n++) {
      List<T> slice = items.subList((n - 1) * size, Math.min(items.size(), n * size));
      pages.add(new Pager<>(n, total, Urls.page(firstPath, n), firstPath, slice));
    }
    return pages;
  }
}

package org.redpress.render;

import java.util.List;

/**
 * One Atom feed: the site's ({@code typeKey} null) or one type's, with absolute URLs and RFC 3339
 * dates taken from the records, never from the clock, so builds repeat exactly.
 */
@Doc("An Atom feed (feed.ftlx): the whole site's or one type's newest dated records.")
public record FeedView(
    @Doc("The type whose feed this is (practice, material, achievement); null for the site feed.") String typeKey,
    @Doc("The site's title (site.yaml).") String siteTitle,
    @Doc("The site's description (site.yaml); may be empty.") String siteDescription,
    @Doc("The feed's own absolute URL: its id and rel=self link.") String self,
    @Doc("The absolute URL of the page the feed follows (the type's list, or the home page).") String alternate,
    @Doc("When the feed last changed: its newest entry's date, as 2018-06-30T00:00:00+08:00.") String updated,
    @Doc("The entries, newest first (at most 20).") List<Entry> entries) {

  public FeedView {
    entries = List.copyOf(entries);
  }

  /** One record in a feed. */
  @Doc("One record in a feed.")
  public record Entry(
      @Doc("The record's title.") String title,
      @Doc("The record page's absolute URL: the entry's link and id.") String href,
      @Doc("The record's type key (practice, material, achievement).") String typeKey,
      @Doc("The record's date as 2018-06-30T00:00:00+08:00 (published and updated).") String date,
      @Doc("The record's tags as written.") List<String> tags,
      @Doc("The summary as plain text; may be empty.") String summary) {
    public Entry {
      tags = List.copyOf(tags);
    }
  }
}

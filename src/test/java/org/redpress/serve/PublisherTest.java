package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.redpress.output.OutputFile;

class PublisherTest {

  private final SiteSnapshot snapshot = SiteSnapshot.next(SiteSnapshot.empty(), List.of(OutputFile.text("a.html", "a")),
      "/", 0).snapshot();

  @Test
  void namesChangedPagesByTheUrlsBrowsersShowAndOnlyCountOtherFiles() {
    String data = Publisher.reloadData(snapshot, new TreeSet<>(List.of(
        "index.html", "practices/x/index.html", "404.html", "search/ab12/s/1.bin", "feed.xml")), false);
    assertThat(data).isEqualTo(
        "{\"generation\":1,\"all\":false,\"paths\":[\"/404.html\",\"/\",\"/practices/x/\"],\"otherFiles\":2}");
  }

  @Test
  void putsTheBasePathInFrontOfEveryUrl() {
    assertThat(Publisher.urlOf("/alliance/", "index.html")).isEqualTo("/alliance/");
    assertThat(Publisher.urlOf("/alliance/", "practices/x/index.html")).isEqualTo("/alliance/practices/x/");
    assertThat(Publisher.urlOf("/alliance/", "practices/x/print.html")).isEqualTo("/alliance/practices/x/print.html");
  }
}

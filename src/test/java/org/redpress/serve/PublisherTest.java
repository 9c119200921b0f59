package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublisherTest {

  private final SiteSnapshot snapshot = SiteSnapshot.next(SiteSnapshot.empty(),
      new Generation(TestModels.renderer(), 0));

  @Test
  void aReloadAsksEveryPageToReloadAndAnEventCanNamePagesByTheUrlsBrowsersShow() {
    assertThat(Publisher.reloadData(snapshot, List.of(), true))
        .isEqualTo("{\"generation\":1,\"all\":true,\"paths\":[]}");
    assertThat(Publisher.reloadData(snapshot, List.of("index.html", "search/index.html", "404.html"), false))
        .isEqualTo("{\"generation\":1,\"all\":false,\"paths\":[\"/\",\"/search/\",\"/404.html\"]}");
  }

  @Test
  void putsTheBasePathInFrontOfEveryUrl() {
    assertThat(Publisher.urlOf("/alliance/", "index.html")).isEqualTo("/alliance/");
    assertThat(Publisher.urlOf("/alliance/", "practices/x/index.html")).isEqualTo("/alliance/practices/x/");
    assertThat(Publisher.urlOf("/alliance/", "practices/x/print.html")).isEqualTo("/alliance/practices/x/print.html");
  }
}

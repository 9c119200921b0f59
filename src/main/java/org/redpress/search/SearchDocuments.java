package org.redpress.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import org.redpress.content.Metric;
import org.redpress.content.Record;
import org.redpress.content.Ref;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;

/** Turns the model's published records into {@link SearchDocument}s in document-number order. */
public final class SearchDocuments {

  /** The tie-break order of {@code docs/search.md} §2: type, newest first, id. */
  static final Comparator<Record> ORDER =
      Comparator.comparing(Record::type)
          .thenComparing((Record r) -> r.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Record::id);

  private SearchDocuments() {}

  public static List<SearchDocument> of(SiteModel model) {
    return of(model, new MarkdownMemo());
  }

  /**
   * The documents, with bodies rendered through {@code markdown} (shared with the pages). One
   * thread: in a build the pages render the same bodies on every core at the same time, and a
   * second parallel stream only spun waiting for the first.
   */
  public static List<SearchDocument> of(SiteModel model, MarkdownMemo markdown) {
    return model.records().stream()
        .sorted(ORDER)
        .map(r -> document(model, r, markdown))
        .toList();
  }

  private static SearchDocument document(SiteModel model, Record r, MarkdownMemo markdown) {
    String body = markdown.render(r.meta().body()).text();
    return new SearchDocument(
        model.path(RecordKey.of(r)),
        r.meta().title(),
        r.meta().tags(),
        summary(r),
        join(body, extras(r)),
        r.type(),
        program(r),
        r.meta().date(),
        organization(r),
        r instanceof Record.Venue v ? v.venueType() : null,
        r instanceof Record.Venue v ? area(v) : null);
  }

  /**
   * The summary, and on its own line a material's audience: both are one short line the editor
   * writes about the whole page, so they weigh as the summary does (docs/search.md §2).
   */
  private static String summary(Record r) {
    String audience = r instanceof Record.Material m ? m.audience() : null;
    return audience == null || audience.isBlank() ? r.meta().summary()
        : r.meta().summary().isEmpty() ? audience.strip() : r.meta().summary() + "\n" + audience.strip();
  }

  /** Text that is not in the Markdown body but that a reader sees on the page and would search for. */
  private static List<String> extras(Record r) {
    List<String> out = new ArrayList<>();
    out.add(r.meta().note());
    if (r instanceof Record.Venue v) {
      out.add(v.address());
      out.add(v.hours());
      out.add(v.contact());
      out.add(v.parts().street());
      out.add(v.parts().community());
      out.add(v.parts().houseNumber());
      out.add(v.description());
    } else if (r instanceof Record.Activity a) {
      out.add(a.agenda());
      out.add(a.audience());
      out.add(a.reason());
    } else if (r instanceof Record.Organization o) {
      out.add(o.description());
    } else if (r instanceof Record.Practice p) {
      p.metrics().forEach(m -> out.add(metric(m)));
    } else if (r instanceof Record.Achievement a) {
      a.metrics().forEach(m -> out.add(metric(m)));
    } else if (r instanceof Record.Material m) {
      m.attachments().forEach(at -> out.add(at.title()));
    }
    return out;
  }

  private static String metric(Metric m) {
    return join(m.label(), List.of(m.text(), nz(m.period())));
  }

  private static String join(String first, List<String> more) {
    StringJoiner j = new StringJoiner(" ");
    if (first != null && !first.isBlank()) {
      j.add(first.strip());
    }
    more.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(j::add);
    return j.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String program(Record r) {
    if (r instanceof Record.Practice p) {
      return p.program();
    }
    return r instanceof Record.Achievement a ? a.program() : null;
  }

  /** The street, else the community: the parts of a structured address residents name an area by. */
  private static String area(Record.Venue v) {
    for (String name : new String[] {v.parts().street(), v.parts().community()}) {
      if (name != null && !name.isBlank()) {
        return name.strip();
      }
    }
    return null;
  }

  private static String organization(Record r) {
    Ref ref = null;
    if (r instanceof Record.Practice p) {
      ref = p.organization();
    } else if (r instanceof Record.Achievement a) {
      ref = a.organization();
    } else if (r instanceof Record.Venue v) {
      ref = v.organization();
    } else if (r instanceof Record.Activity a) {
      ref = a.organizer();
    } else if (r instanceof Record.Organization) {
      return r.id();
    }
    return ref == null ? null : ref.id();
  }
}

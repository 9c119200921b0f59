package org.redpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * The activities as iCalendar: {@code activities.ics}, the whole calendar a phone subscribes to,
 * and {@code activities/<id>.ics} for one activity. Recurrences stay RRULEs: the calendar app
 * expands them, not the site.
 */
final class CalendarStep implements OutputStep {

  /** The whole calendar's path. */
  static final String ALL = "activities.ics";

  private final BuildState state;

  CalendarStep(BuildState state) {
    this.state = state;
  }

  /** {@code activities/<id>.ics}. */
  static String path(String id) {
    return RecordType.ACTIVITY.folder() + "/" + id + ".ics";
  }

  @Override
  public String name() {
    return "calendar";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    List<Record> activities = model.ofType(RecordType.ACTIVITY);
    if (activities.isEmpty()) {
      return List.of();
    }
    ViewFactory views = state.views(model, diagnostics);
    IcsWriter writer = new IcsWriter(model.config().baseUrl().getHost(),
        model.config().title() + " · " + views.typeName(RecordType.ACTIVITY), model.today());
    List<IcsWriter.Event> events = new ArrayList<>();
    List<OutputFile> out = new ArrayList<>();
    for (Record r : activities.stream().sorted(java.util.Comparator.comparing(Record::id)).toList()) {
      Record.Activity a = (Record.Activity) r;
      IcsWriter.Event e = new IcsWriter.Event(a, location(model, a),
          views.links().absolute(model.path(RecordKey.of(a))), views.bodies().of(RecordKey.of(a)).summary());
      events.add(e);
      out.add(OutputFile.text(path(a.id()), writer.calendar(List.of(e))));
    }
    out.add(OutputFile.text(ALL, writer.calendar(events)));
    return out.stream().sorted(java.util.Comparator.comparing(OutputFile::path)).toList();
  }

  /** The venue's name and address, when the activity names a published venue. */
  private static String location(SiteModel model, Record.Activity a) {
    if (a.venue() == null) {
      return null;
    }
    Optional<Record> venue = model.get(new RecordKey(RecordType.VENUE, a.venue().id()));
    return venue.map(v -> {
      Record.Venue place = (Record.Venue) v;
      return place.address() == null ? place.meta().title() : place.meta().title() + "，" + place.address();
    }).orElse(null);
  }
}

package org.redpress.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.redpress.config.SiteConfig;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.geo.Datum;

/** Checks a {@link SourceRecord} against its type's schema and builds the typed {@link Record}. */
public final class RecordValidator {

  private final Schemas schemas;
  private final SiteConfig config;

  public RecordValidator(Schemas schemas, SiteConfig config) {
    this.schemas = schemas;
    this.config = config;
  }

  /** The typed record, or empty when the file has errors (all of them reported). */
  public Optional<Record> validate(SourceRecord source, Diagnostics diagnostics) {
    Diagnostics local = new Diagnostics();
    List<FieldSpec> specs = schemas.fields(source.type());
    if (source.file().endsWith(".md")) {
      specs = specs.stream().filter(s -> !s.name().equals("body")).toList();
    }
    Map<String, Object> f = new FieldChecker(config, local).check(source.fields(), specs);
    if (source.type() == RecordType.ACTIVITY) {
      ActivityChecks.check(source.fields(), f, local);
    }
    Placeholders.lineInBody(source.body()).ifPresent(line -> local.error("E-PLACEHOLDER-BODY",
        new SourcePosition(source.file(), source.bodyLine() + line, 1)));
    if (source.type() == RecordType.MATERIAL && !local.hasErrors()) {
      LessonLength.check(source, (Integer) f.get("minutes"), local);
    }
    diagnostics.addAll(local.sorted());
    if (local.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(build(source, new Fields(f)));
  }

  private static Record build(SourceRecord source, Fields f) {
    Meta meta = meta(source, f);
    return switch (source.type()) {
      case PRACTICE -> new Record.Practice(
          meta, f.string("program"), f.ref("organization"), f.refs("venues"), f.ref("cover"), f.metrics(), f.photos(),
          f.videos());
      case MATERIAL -> new Record.Material(
          meta, f.string("kind"), f.string("program"), f.string("series"), f.integer("order"), f.integer("minutes"),
          f.attachments(), f.string("audience"), f.refs("venues"), f.ref("cover"), f.photos(), f.videos());
      case ACHIEVEMENT -> new Record.Achievement(
          meta, f.string("program"), f.metrics(), f.refs("practices"), f.ref("organization"),
          f.integer("featured"));
      case VENUE -> new Record.Venue(
          meta, f.string("type"), f.string("address"),
          new Record.Address(f.string("street"), f.string("community"), f.string("house_number")),
          f.location(), f.opening(), f.string("hours"), f.string("phone"), f.string("contact"),
          f.integer("capacity"), f.strings("accessibility"), f.string("description"),
          f.integer("walk_minutes"), f.ref("organization"));
      case ORGANIZATION -> new Record.Organization(
          meta, f.string("kind"), f.ref("parent"), f.integer("members"), f.string("description"));
      case ACTIVITY -> new Record.Activity(
          meta, (LocalDateTime) f.raw("start"), (LocalDateTime) f.raw("end"), f.string("rrule"), f.ref("venue"),
          f.ref("organizer"), f.string("agenda"), f.string("audience"), f.signUp(), f.string("state"),
          f.string("reason"));
      case PAGE -> new Record.Page(meta, f.integer("menu"));
    };
  }

  private static Meta meta(SourceRecord source, Fields f) {
    String title = f.string("title") != null ? f.string("title") : f.string("name");
    return new Meta(
        source.type(),
        source.id(),
        source.file(),
        title,
        (LocalDate) f.raw("date"),
        "draft".equals(f.string("status")),
        f.strings("tags"),
        f.string("summary"),
        source.body(),
        source.bodyLine(),
        Boolean.TRUE.equals(f.raw("approximate")),
        f.string("note"),
        f.strings("cites"));
  }

  /** Typed reads of the checked values; the casts hold because {@link FieldChecker} made them. */
  private record Fields(Map<String, Object> values) {
    Object raw(String name) {
      return values.get(name);
    }

    String string(String name) {
      return (String) values.get(name);
    }

    Integer integer(String name) {
      return (Integer) values.get(name);
    }

    Ref ref(String name) {
      return (Ref) values.get(name);
    }

    @SuppressWarnings("unchecked")
    List<Ref> refs(String name) {
      return (List<Ref>) values.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String name) {
      return ((List<String>) values.getOrDefault(name, List.of())).stream().distinct().toList();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> maps(String name) {
      return (List<Map<String, Object>>) values.getOrDefault(name, List.of());
    }

    List<Metric> metrics() {
      return maps("metrics").stream()
          .map(m -> new Metric((String) m.get("label"), (String) m.get("value"), (String) m.get("qualifier"),
              (String) m.get("unit"), (String) m.get("period"), (String) m.get("baseline"), (String) m.get("trend")))
          .toList();
    }

    List<Attachment> attachments() {
      return maps("attachments").stream()
          .map(m -> new Attachment((String) m.get("title"), (Ref) m.get("file"), (Ref) m.get("poster")))
          .toList();
    }

    List<VideoEmbed> videos() {
      return maps("videos").stream()
          .filter(m -> m.get("title") != null && m.get("embed") != null)
          .map(m -> new VideoEmbed((String) m.get("title"), (String) m.get("embed")))
          .toList();
    }

    List<Photo> photos() {
      return maps("photos").stream()
          .filter(m -> m.get("file") != null && m.get("alt") != null)
          .map(m -> new Photo((Ref) m.get("file"), (String) m.get("alt"), (String) m.get("caption"),
              (String) m.get("credit")))
          .toList();
    }

    @SuppressWarnings("unchecked")
    Location location() {
      Map<String, Object> m = (Map<String, Object>) values.get("location");
      return m == null ? null
          : new Location(Double.parseDouble((String) m.get("lat")), Double.parseDouble((String) m.get("lng")),
              Datum.ofKey((String) m.get("datum")).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    Record.SignUp signUp() {
      Map<String, Object> m = (Map<String, Object>) values.get("signup");
      return m == null ? null
          : new Record.SignUp((String) m.get("contact"), (Integer) m.get("limit"), (LocalDate) m.get("deadline"));
    }

    @SuppressWarnings("unchecked")
    OpeningHours opening() {
      Map<String, Object> m = (Map<String, Object>) values.get("opening");
      if (m == null) {
        return null;
      }
      Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
      Map<String, Object> days = (Map<String, Object>) m.getOrDefault("weekly", Map.of());
      for (DayOfWeek day : DayOfWeek.values()) {
        Object periods = days.get(day.name().substring(0, 3).toLowerCase(Locale.ROOT));
        if (periods != null) {
          weekly.put(day, (List<TimeRange>) periods);
        }
      }
      List<OpeningHours.Exception> exceptions = ((List<Map<String, Object>>) m.getOrDefault("exceptions", List.of()))
          .stream()
          .map(e -> new OpeningHours.Exception((LocalDate) e.get("date"), (List<TimeRange>) e.get("hours"),
              (String) e.get("reason")))
          .sorted((a, b) -> a.date().compareTo(b.date()))
          .toList();
      return new OpeningHours(weekly, exceptions, Boolean.TRUE.equals(m.get("appointment")), (String) m.get("note"));
    }
  }

}

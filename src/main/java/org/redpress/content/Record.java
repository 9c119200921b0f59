package org.redpress.content;

import java.util.List;

/** A validated record of one of the six types; references are checked by {@link ReferenceResolver}. */
public sealed interface Record
    permits Record.Practice,
        Record.Material,
        Record.Achievement,
        Record.Venue,
        Record.Organization,
        Record.Page {

  Meta meta();

  default RecordType type() {
    return meta().type();
  }

  default String id() {
    return meta().id();
  }

  /** Every reference to another record or media file, for the resolver. */
  List<Typed> references();

  /** A reference together with what it must point at ({@code null} type = a media file). */
  record Typed(RecordType target, Ref ref) {}

  /** 实践案例: something an organization did, under one program. */
  record Practice(
      Meta meta, String program, Ref organization, List<Ref> venues, Ref cover, List<Metric> metrics,
      List<Photo> photos)
      implements Record {
    public Practice {
      venues = List.copyOf(venues);
      metrics = List.copyOf(metrics);
      photos = List.copyOf(photos);
    }

    @Override
    public List<Typed> references() {
      return Refs.of()
          .one(RecordType.ORGANIZATION, organization)
          .all(RecordType.VENUE, venues)
          .one(null, cover)
          .photos(photos)
          .list();
    }
  }

  /** 学习资料: an article, video, document or course; may be one lesson of a series. */
  record Material(
      Meta meta,
      String kind,
      String series,
      Integer order,
      Integer minutes,
      List<Attachment> attachments,
      String audience,
      List<Ref> venues,
      Ref cover,
      List<Photo> photos)
      implements Record {
    public Material {
      attachments = List.copyOf(attachments);
      venues = List.copyOf(venues);
      photos = List.copyOf(photos);
    }

    @Override
    public List<Typed> references() {
      Refs refs = Refs.of().all(RecordType.VENUE, venues).one(null, cover).photos(photos);
      attachments.forEach(a -> refs.one(null, a.file()).one(null, a.poster()));
      return refs.list();
    }
  }

  /** 工作成效: results with figures, traced back to the practices they came from. */
  record Achievement(
      Meta meta, String program, List<Metric> metrics, List<Ref> practices, Ref organization)
      implements Record {
    public Achievement {
      metrics = List.copyOf(metrics);
      practices = List.copyOf(practices);
    }

    @Override
    public List<Typed> references() {
      return Refs.of()
          .all(RecordType.PRACTICE, practices)
          .one(RecordType.ORGANIZATION, organization)
          .list();
    }
  }

  /** 红色阵地: a place of the alliance. */
  record Venue(
      Meta meta,
      String venueType,
      String address,
      Location location,
      String hours,
      String contact,
      String description,
      Integer walkMinutes,
      Ref organization)
      implements Record {
    @Override
    public List<Typed> references() {
      return Refs.of().one(RecordType.ORGANIZATION, organization).list();
    }
  }

  /** 基层党组织: a party organization, possibly under a parent. */
  record Organization(Meta meta, String kind, Ref parent, Integer members, String description)
      implements Record {
    @Override
    public List<Typed> references() {
      return Refs.of().one(RecordType.ORGANIZATION, parent).list();
    }
  }

  /** 页面: a standalone page, optionally in the main menu. */
  record Page(Meta meta, Integer menu) implements Record {
    @Override
    public List<Typed> references() {
      return List.of();
    }
  }
}

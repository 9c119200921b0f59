package org.redpress.content;

import java.time.LocalDateTime;
import java.util.List;

/** A validated record of one of the six types; references are checked by {@link ReferenceResolver}. */
public sealed interface Record
    permits Record.Practice,
        Record.Material,
        Record.Achievement,
        Record.Venue,
        Record.Organization,
        Record.Activity,
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

  /** The same record with each media reference replaced by {@code resolve}'s answer (the resolver's media keys). */
  default Record withMedia(java.util.function.UnaryOperator<Ref> resolve) {
    return this;
  }

  /** A reference together with what it must point at ({@code null} type = a media file). */
  record Typed(RecordType target, Ref ref) {}

  /** 实践案例: something an organization did, under one program. */
  record Practice(
      Meta meta, String program, Ref organization, List<Ref> venues, Ref cover, List<Metric> metrics,
      List<Photo> photos, List<VideoEmbed> videos)
      implements Record {
    public Practice {
      venues = List.copyOf(venues);
      metrics = List.copyOf(metrics);
      photos = List.copyOf(photos);
      videos = List.copyOf(videos);
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

    @Override
    public Practice withMedia(java.util.function.UnaryOperator<Ref> resolve) {
      return new Practice(meta, program, organization, venues, Refs.media(cover, resolve), metrics,
          Refs.media(photos, resolve), videos);
    }
  }

  /** 学习资料: an article, video, document or course; may be one lesson of a series. */
  record Material(
      Meta meta,
      String kind,
      String program,
      String series,
      Integer order,
      Integer minutes,
      List<Attachment> attachments,
      String audience,
      List<Ref> venues,
      Ref cover,
      List<Photo> photos,
      List<VideoEmbed> videos)
      implements Record {
    public Material {
      attachments = List.copyOf(attachments);
      venues = List.copyOf(venues);
      photos = List.copyOf(photos);
      videos = List.copyOf(videos);
    }

    @Override
    public List<Typed> references() {
      Refs refs = Refs.of().all(RecordType.VENUE, venues).one(null, cover).photos(photos);
      attachments.forEach(a -> refs.one(null, a.file()).one(null, a.poster()));
      return refs.list();
    }

    @Override
    public Material withMedia(java.util.function.UnaryOperator<Ref> resolve) {
      List<Attachment> resolved = attachments.stream()
          .map(a -> new Attachment(a.title(), Refs.media(a.file(), resolve), Refs.media(a.poster(), resolve)))
          .toList();
      return new Material(meta, kind, program, series, order, minutes, resolved, audience, venues,
          Refs.media(cover, resolve), Refs.media(photos, resolve), videos);
    }
  }

  /**
   * 工作成效: results with figures, traced back to the practices they came from. {@code featured}
   * (1 first) puts its first figure on the home page; null when editors did not feature it.
   */
  record Achievement(
      Meta meta, String program, List<Metric> metrics, List<Ref> practices, Ref organization, Integer featured)
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

  /** 红色阵地: a place of the alliance, with what a visitor needs: where, when, whom to call. */
  record Venue(
      Meta meta,
      String venueType,
      String address,
      Address parts,
      Location location,
      OpeningHours opening,
      String hours,
      String phone,
      String contact,
      Integer capacity,
      List<String> accessibility,
      String description,
      Integer walkMinutes,
      Ref organization)
      implements Record {
    public Venue {
      accessibility = List.copyOf(accessibility);
    }

    /** The dialable form of {@link #phone} for a {@code tel:} link; null without a phone. */
    public String dialablePhone() {
      return phone == null ? null : PhoneNumbers.dialable(phone);
    }

    @Override
    public List<Typed> references() {
      return Refs.of().one(RecordType.ORGANIZATION, organization).list();
    }
  }

  /** The structured address: 街道 (or town), 社区或村, 门牌; any part may be null. */
  record Address(String street, String community, String houseNumber) {}

  /** 基层党组织: a party organization, possibly under a parent. */
  record Organization(Meta meta, String kind, Ref parent, Integer members, String description)
      implements Record {
    @Override
    public List<Typed> references() {
      return Refs.of().one(RecordType.ORGANIZATION, parent).list();
    }
  }

  /**
   * 活动: something that happens at a time (Asia/Shanghai), once or by an RFC 5545 RRULE, at a
   * venue, by an organizer; state is scheduled, cancelled or postponed (the last two with a reason).
   */
  record Activity(
      Meta meta,
      LocalDateTime start,
      LocalDateTime end,
      String rrule,
      Ref venue,
      Ref organizer,
      String agenda,
      String audience,
      SignUp signup,
      String state,
      String reason)
      implements Record {
    @Override
    public List<Typed> references() {
      return Refs.of().one(RecordType.VENUE, venue).one(RecordType.ORGANIZATION, organizer).list();
    }
  }

  /** How to sign up for an activity: whom to contact, how many may come, by when. */
  record SignUp(String contact, Integer limit, java.time.LocalDate deadline) {}

  /** 页面: a standalone page, optionally in the main menu. */
  record Page(Meta meta, Integer menu) implements Record {
    @Override
    public List<Typed> references() {
      return List.of();
    }
  }
}

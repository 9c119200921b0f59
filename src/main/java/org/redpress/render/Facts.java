package org.redpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redpress.content.Location;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.content.Ref;
import org.redpress.model.RecordKey;
import org.redpress.model.Taxonomy;
import org.redpress.model.Urls;

/** The labelled facts of a record page (日期, 所属工程, 组织, 地址 …), one list per type. */
final class Facts {

  private final ViewFactory views;
  private final List<RecordView.Fact> out = new ArrayList<>();

  Facts(ViewFactory views) {
    this.views = views;
  }

  List<RecordView.Fact> of(Record r) {
    // The date is in the page header already; the facts list what the header does not.
    if (r instanceof Record.Practice p) {
      program(p.program());
      one("组织", RecordType.ORGANIZATION, p.organization());
      all("阵地", RecordType.VENUE, p.venues());
    } else if (r instanceof Record.Material m) {
      text("类型", Labels.materialKind(m.kind()));
      if (m.series() != null) {
        views.model().learningPath(m.series()).ifPresent(path -> links("学习路径",
            List.of(new LinkView(views.links().href(path.path()), path.title()))));
      }
      text("学习时长", m.minutes() == null ? null : m.minutes() + " 分钟");
      text("适合人群", m.audience());
      all("阵地", RecordType.VENUE, m.venues());
    } else if (r instanceof Record.Achievement a) {
      program(a.program());
      one("组织", RecordType.ORGANIZATION, a.organization());
      all("来源实践", RecordType.PRACTICE, a.practices());
    } else if (r instanceof Record.Venue v) {
      links("类型", List.of(new LinkView(views.links().href(Urls.term(Taxonomy.VENUE_TYPES, v.venueType())),
          views.venueTypeName(v.venueType()))));
      text("地址", v.address());
      text("坐标", location(v.location()));
      text("开放时间", v.hours());
      text("联系方式", v.contact());
      text("步行", v.walkMinutes() == null ? null : "约 " + v.walkMinutes() + " 分钟");
      one("管理组织", RecordType.ORGANIZATION, v.organization());
      description(r, v.description());
    } else if (r instanceof Record.Organization o) {
      text("类别", Labels.organizationKind(o.kind()));
      one("上级组织", RecordType.ORGANIZATION, o.parent());
      text("党员人数", o.members() == null ? null : o.members() + " 名");
      description(r, o.description());
    }
    return List.copyOf(out);
  }

  private void text(String label, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new RecordView.Fact(label, value.strip(), List.of()));
    }
  }

  /** A place's or organization's description, unless it already stands in for the summary. */
  private void description(Record r, String description) {
    if (!r.meta().summary().isBlank()) {
      text("简介", description);
    }
  }

  private void links(String label, List<LinkView> links) {
    if (!links.isEmpty()) {
      out.add(new RecordView.Fact(label, null, links));
    }
  }

  private void program(String key) {
    links("所属工程", List.of(new LinkView(views.links().href(Urls.term(Taxonomy.PROGRAMS, key)),
        views.programName(key))));
  }

  private void one(String label, RecordType type, Ref ref) {
    if (ref != null) {
      views.link(new RecordKey(type, ref.id())).ifPresent(l -> links(label, List.of(l)));
    }
  }

  private void all(String label, RecordType type, List<Ref> refs) {
    links(label, views.linksTo(type, refs));
  }

  /** 北纬 32.54°，东经 120.46° (south and west spelled out when they occur). */
  private static String location(Location l) {
    if (l == null) {
      return null;
    }
    return (l.lat() >= 0 ? "北纬 " : "南纬 ") + degrees(Math.abs(l.lat())) + "，"
        + (l.lng() >= 0 ? "东经 " : "西经 ") + degrees(Math.abs(l.lng()));
  }

  private static String degrees(double value) {
    return String.format(Locale.ROOT, "%.5f", value).replaceAll("0+$", "").replaceAll("\\.$", "") + "°";
  }
}

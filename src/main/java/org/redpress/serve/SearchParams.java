package org.redpress.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redpress.content.RecordType;
import org.redpress.diagnostics.Messages;
import org.redpress.search.Facet;
import org.redpress.search.SearchQuery;

/**
 * The parameters of {@code /api/search}, checked: {@code q} (1–200 characters, no control
 * characters), {@code type}, {@code program}, {@code year}, {@code venueType} and {@code area}
 * filters (repeated or comma-separated), {@code page} (from 1) and {@code limit} (1–100). A bad one gives the
 * parameter's name and a message instead of a query.
 */
record SearchParams(SearchQuery query, int page, int limit) {

  static final int MAX_QUERY = 200;
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;
  /** Deep pages cost a priority queue of page × limit entries; nobody reads past this. */
  static final int MAX_DEPTH = 10_000;

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern PROGRAM = Pattern.compile("[\\p{L}\\p{N}_-]{1,50}");
  /** An area is a street's or community's name as the editor wrote it: letters, digits, a few joiners. */
  private static final Pattern AREA = Pattern.compile("[\\p{L}\\p{N}\\p{M}·()（）_ -]{1,50}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  /** A refused parameter: its name and what is wrong with it. */
  record Problem(String parameter, String message) {}

  /** Either the checked parameters or the first problem found, in the order q, type, program, year, venueType, area, page, limit. */
  record Parsed(Optional<SearchParams> params, Optional<Problem> problem) {
    static Parsed ok(SearchParams p) {
      return new Parsed(Optional.of(p), Optional.empty());
    }

    static Parsed refused(String parameter, String message) {
      return new Parsed(Optional.empty(), Optional.of(new Problem(parameter, message)));
    }
  }

  static Parsed parse(Map<String, List<String>> raw, Messages messages) {
    String q = first(raw, "q").strip();
    if (q.isEmpty()) {
      return Parsed.refused("q", messages.format("serve.api.q-empty"));
    }
    if (q.codePointCount(0, q.length()) > MAX_QUERY) {
      return Parsed.refused("q", messages.format("serve.api.q-long", MAX_QUERY));
    }
    if (q.chars().anyMatch(c -> Character.isISOControl(c) || c == '\ufffd')) {
      return Parsed.refused("q", messages.format("serve.api.q-control"));
    }
    SearchQuery query = SearchQuery.of(q);
    List<String> types = values(raw, "type");
    for (String t : types) {
      if (RecordType.byKey(t).isEmpty()) {
        return Parsed.refused("type", messages.format("serve.api.type", t,
            Arrays.stream(RecordType.values()).map(RecordType::key).collect(Collectors.joining(", "))));
      }
    }
    List<String> programs = values(raw, "program");
    for (String p : programs) {
      if (!PROGRAM.matcher(p).matches()) {
        return Parsed.refused("program", messages.format("serve.api.program", p));
      }
    }
    List<String> years = values(raw, "year");
    for (String y : years) {
      if (!YEAR.matcher(y).matches()) {
        return Parsed.refused("year", messages.format("serve.api.year", y));
      }
    }
    List<String> venueTypes = values(raw, "venueType");
    for (String v : venueTypes) {
      if (!PROGRAM.matcher(v).matches()) {
        return Parsed.refused("venueType", messages.format("serve.api.venueType", v));
      }
    }
    List<String> areas = values(raw, "area");
    for (String a : areas) {
      if (!AREA.matcher(a).matches()) {
        return Parsed.refused("area", messages.format("serve.api.area", a));
      }
    }
    Optional<Problem> bad = range(raw, "page", 1, Integer.MAX_VALUE, messages)
        .or(() -> range(raw, "limit", 1, MAX_LIMIT, messages));
    if (bad.isPresent()) {
      return new Parsed(Optional.empty(), bad);
    }
    int page = number(raw, "page", 1);
    int limit = number(raw, "limit", DEFAULT_LIMIT);
    if ((long) page * limit > MAX_DEPTH) {
      return Parsed.refused("page", messages.format("serve.api.too-deep", MAX_DEPTH));
    }
    query = filter(filter(filter(query, Facet.TYPE, types), Facet.PROGRAM, programs), Facet.YEAR, years);
    query = filter(filter(query, Facet.VENUE_TYPE, venueTypes), Facet.AREA, areas);
    return Parsed.ok(new SearchParams(query.page((page - 1) * limit, limit), page, limit));
  }

  /** The same for every spelling of the same search: filter values sorted, defaults filled in. */
  String key() {
    StringBuilder k = new StringBuilder(query.text()).append('\u0000').append(page).append('/').append(limit);
    query.filters().forEach((facet, values) ->
        k.append('\u0000').append(facet.key()).append('=').append(String.join(",", new java.util.TreeSet<>(values))));
    return k.toString();
  }

  private static SearchQuery filter(SearchQuery query, Facet facet, List<String> values) {
    return values.isEmpty() ? query : query.filter(facet, values.toArray(String[]::new));
  }

  private static Optional<Problem> range(Map<String, List<String>> raw, String name, int min, int max,
      Messages messages) {
    if (!raw.containsKey(name)) {
      return Optional.empty();
    }
    String v = first(raw, name).strip();
    if (!NUMBER.matcher(v).matches()) {
      return Optional.of(new Problem(name, messages.format("serve.api.number", name, v)));
    }
    int n = Integer.parseInt(v);
    if (n < min || n > max) {
      return Optional.of(new Problem(name, messages.format("serve.api.range", name, min,
          max == Integer.MAX_VALUE ? "∞" : String.valueOf(max), v)));
    }
    return Optional.empty();
  }

  private static int number(Map<String, List<String>> raw, String name, int fallback) {
    return raw.containsKey(name) ? Integer.parseInt(first(raw, name).strip()) : fallback;
  }

  private static String first(Map<String, List<String>> raw, String name) {
    List<String> v = raw.getOrDefault(name, List.of());
    return v.isEmpty() || v.get(0) == null ? "" : v.get(0);
  }

  /** Every value of a filter, split at commas, blanks dropped. */
  private static List<String> values(Map<String, List<String>> raw, String name) {
    List<String> out = new ArrayList<>();
    for (String v : raw.getOrDefault(name, List.of())) {
      for (String part : (v == null ? "" : v).split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}

package org.redpress.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.redpress.diagnostics.Messages;
import org.redpress.search.SearchIndex;

/**
 * {@code GET /api/search}: checks the parameters (400 with {@code {"error", "parameter"}} when
 * one is bad) and answers from the Lucene index of the build being served.
 */
final class SearchApi {

  private final Messages messages;
  private final SearchCache cache = new SearchCache();

  SearchApi(Messages messages) {
    this.messages = messages;
  }

  void handle(Request request, Response response, Callback callback, SiteSnapshot snapshot) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    try {
      for (Fields.Field f : Request.extractQueryParameters(request)) {
        raw.put(f.getName(), f.getValues());
      }
    } catch (RuntimeException e) {
      // Jetty refuses a query string it cannot decode; say so like any other bad parameter.
      refuse(request, response, callback, "q", messages.format("serve.api.q-control"));
      return;
    }
    SearchParams.Parsed parsed = SearchParams.parse(raw, messages);
    if (parsed.problem().isPresent()) {
      refuse(request, response, callback, parsed.problem().get().parameter(), parsed.problem().get().message());
      return;
    }
    SearchParams params = parsed.params().orElseThrow();
    Optional<String> cached = cache.get(snapshot.searchVersion(), params.key());
    if (cached.isPresent()) {
      Responses.json(request, response, callback, 200, cached.get());
      return;
    }
    Optional<SearchIndex> index = snapshot.search();
    if (index.isEmpty()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", messages.format("serve.api.not-ready"));
      Responses.json(request, response, callback, 503, Json.write(body));
      return;
    }
    String json = SearchJson.of(index.get().search(params.query()), params.page(), params.limit());
    cache.put(snapshot.searchVersion(), params.key(), json);
    Responses.json(request, response, callback, 200, json);
  }

  private void refuse(Request request, Response response, Callback callback, String parameter, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("parameter", parameter);
    Responses.json(request, response, callback, 400, Json.write(body));
  }
}

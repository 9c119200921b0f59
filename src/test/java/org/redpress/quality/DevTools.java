package org.redpress.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: commands with replies,
 * and waits for the next event of a kind. One browser-level socket carries every page, each
 * addressed by its flat session id.
 */
final class DevTools implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private record Waiter(String sessionId, String method, CompletableFuture<JsonNode> event) {}

  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final List<Waiter> waiters = new CopyOnWriteArrayList<>();
  private final WebSocket socket;

  private DevTools(URI endpoint) {
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(TIMEOUT)
        .buildAsync(endpoint, new Listener())
        .join();
  }

  static DevTools connect(URI browserEndpoint) {
    return new DevTools(browserEndpoint);
  }

  /** Sends a command (to the browser when {@code sessionId} is null) and returns its result. */
  JsonNode call(String sessionId, String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    try {
      socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + " failed: " + answer.get("error"));
      }
      return answer.path("result");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " got no answer in " + TIMEOUT.toSeconds() + " s", e);
    } finally {
      replies.remove(id);
    }
  }

  /** The next event {@code method} of a session; ask before causing it. */
  CompletableFuture<JsonNode> next(String sessionId, String method) {
    CompletableFuture<JsonNode> event = new CompletableFuture<>();
    waiters.add(new Waiter(sessionId, method, event));
    return event;
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = replies.get(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    String session = message.path("sessionId").asText(null);
    for (Waiter w : waiters) {
      if (w.method.equals(method) && Objects.equals(w.sessionId, session)) {
        waiters.remove(w);
        w.event.complete(message.path("params"));
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        dispatch(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      IllegalStateException closed = new IllegalStateException("DevTools connection failed", error);
      replies.values().forEach(r -> r.completeExceptionally(closed));
      waiters.forEach(w -> w.event.completeExceptionally(closed));
    }
  }

  @Override
  public void close() {
    socket.abort();
  }
}

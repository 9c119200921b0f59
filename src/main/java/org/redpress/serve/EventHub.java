package org.redpress.serve;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open event streams and what is sent to all of them: {@code reload} and {@code error}
 * events, and a comment every {@link #HEARTBEAT_SECONDS} so that idle connections stay open and
 * dead ones are noticed.
 */
final class EventHub implements AutoCloseable {

  static final long HEARTBEAT_SECONDS = 15;

  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
      DaemonThreads.named("redpress-heartbeat"));

  EventHub() {
    heartbeat.scheduleAtFixedRate(() -> broadcast(": ping\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
        TimeUnit.SECONDS);
  }

  void add(SseClient client) {
    clients.add(client);
  }

  void remove(SseClient client) {
    clients.remove(client);
  }

  int size() {
    return clients.size();
  }

  void broadcast(String frame) {
    for (SseClient client : clients) {
      client.send(frame);
    }
  }

  /** One event: {@code id}, {@code event} and a single-line {@code data} (compact JSON). */
  static String frame(String event, long id, String data) {
    return "id: " + id + "\nevent: " + event + "\ndata: " + data + "\n\n";
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    for (SseClient client : clients) {
      client.close();
    }
    clients.clear();
  }
}

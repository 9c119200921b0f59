package org.redpress.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One open {@code text/event-stream} response. Jetty allows one pending write per response, so
 * frames queue here and go out one write at a time (a write takes all that queued meanwhile). A
 * client that stops reading is dropped once {@link #MAX_QUEUED} frames wait, and a failed write
 * (the browser went away) ends it quietly.
 */
final class SseClient {

  static final int MAX_QUEUED = 64;

  private final Response response;
  private final Callback done;
  private final Consumer<SseClient> onEnd;
  private final StringBuilder queued = new StringBuilder();
  private int queuedFrames;
  private boolean writing;
  private boolean closing;
  private boolean ended;

  SseClient(Response response, Callback done, Consumer<SseClient> onEnd) {
    this.response = response;
    this.done = done;
    this.onEnd = onEnd;
  }

  /** Queues one frame (text ending in a blank line) and starts writing if idle. */
  void send(String frame) {
    boolean stalled;
    synchronized (this) {
      if (ended || closing) {
        return;
      }
      stalled = queuedFrames >= MAX_QUEUED;
    }
    if (stalled) {
      fail(new IOException("event stream client is not reading"));
      return;
    }
    synchronized (this) {
      queued.append(frame);
      queuedFrames++;
      if (writing) {
        return;
      }
      writing = true;
    }
    writeNext();
  }

  /** Ends the stream normally (server stopping). */
  void close() {
    synchronized (this) {
      if (ended || closing) {
        return;
      }
      closing = true;
      if (writing) {
        return;
      }
      writing = true;
    }
    writeNext();
  }

  /** Ends the stream after a failure: the connection is gone or timed out. */
  void fail(Throwable cause) {
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
    }
    onEnd.accept(this);
    done.failed(cause);
  }

  private void writeNext() {
    String chunk;
    boolean last;
    synchronized (this) {
      if (ended) {
        return;
      }
      chunk = queued.toString();
      queued.setLength(0);
      queuedFrames = 0;
      last = closing;
      if (chunk.isEmpty() && !last) {
        writing = false;
        return;
      }
      if (last) {
        ended = true;
      }
    }
    ByteBuffer bytes = ByteBuffer.wrap(chunk.getBytes(StandardCharsets.UTF_8));
    if (last) {
      onEnd.accept(this);
      response.write(true, bytes, done);
    } else {
      response.write(false, bytes, Callback.from(this::writeNext, this::fail));
    }
  }
}

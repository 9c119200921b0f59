package org.redpress.serve;

import java.time.Duration;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Messages;

/** How to run the preview: what to build, where to listen, the message language, and the debounce. */
public record PreviewOptions(PipelineOptions pipeline, String host, int port, Messages messages, Duration debounce) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);

  /** Loopback, port 8080, Chinese messages, 50 ms debounce (an editor's save takes a few). */
  public static PreviewOptions of(PipelineOptions pipeline) {
    return new PreviewOptions(pipeline, LOOPBACK, DEFAULT_PORT, Messages.forLanguage("zh"), DEFAULT_DEBOUNCE);
  }

  public PreviewOptions listeningOn(String newHost, int newPort) {
    return new PreviewOptions(pipeline, newHost, newPort, messages, debounce);
  }

  public PreviewOptions withMessages(Messages newMessages) {
    return new PreviewOptions(pipeline, host, port, newMessages, debounce);
  }
}

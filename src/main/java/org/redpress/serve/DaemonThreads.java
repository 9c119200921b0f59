package org.redpress.serve;

import java.util.concurrent.ThreadFactory;

/** Threads of the preview that must not keep the JVM alive once the server stops. */
final class DaemonThreads {

  private DaemonThreads() {}

  /** A factory of daemon threads called {@code name} (each executor here has one thread). */
  static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}

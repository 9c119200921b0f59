package org.redpress.build;

/** Receives progress of a running build; the command line shows it on a terminal. */
public interface Progress {

  Progress NONE = new Progress() {};

  /** A stage started. */
  default void stage(String name) {}

  /** A stage finished; {@code detail} says what it produced ("65 条记录"). */
  default void done(String name, long millis, String detail) {}
}

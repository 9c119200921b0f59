package org.redpress.media;

/** Carries a {@link MediaProblem} out of the processing code to the one place that reports it. */
final class MediaProblemException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient MediaProblem problem;

  MediaProblemException(MediaProblem problem) {
    super(problem.code(), null, false, false);
    this.problem = problem;
  }

  MediaProblem problem() {
    return problem;
  }
}

package org.redpress.media;

import java.util.List;

/** Why a media file cannot be published: a diagnostics code and its message arguments. */
public record MediaProblem(String code, List<Object> args) {

  public MediaProblem {
    args = List.copyOf(args);
  }

  static MediaProblem of(String code, Object... args) {
    return new MediaProblem(code, List.of(args));
  }
}

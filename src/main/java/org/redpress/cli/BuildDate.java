package org.redpress.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.redpress.build.PipelineOptions;

/**
 * The build date, which decides which activities are still to come and which records are
 * future-dated: {@code --today}, else {@code SOURCE_DATE_EPOCH} (reproducible builds), else the
 * clock — each read as a day in Asia/Shanghai.
 */
final class BuildDate {

  private BuildDate() {}

  /** The date, or empty when {@code --today} or SOURCE_DATE_EPOCH is written wrong. */
  static Optional<LocalDate> of(String today, String sourceDateEpoch) {
    try {
      if (today != null) {
        return Optional.of(LocalDate.parse(today.strip()));
      }
      if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
        return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())),
            PipelineOptions.ZONE));
      }
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.now(PipelineOptions.ZONE));
  }
}

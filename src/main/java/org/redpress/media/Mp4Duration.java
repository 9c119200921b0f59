package org.redpress.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The duration of an MP4 (or MOV) file from its {@code moov/mvhd} box: timescale and duration,
 * a few bytes read with seeks past the media data, so a 500 MB video costs microseconds. Small
 * enough not to need a library.
 */
public final class Mp4Duration {

  private Mp4Duration() {}

  /** Whether the build treats this media path as a video. */
  public static boolean isVideo(String mediaPath) {
    String lower = mediaPath.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".mp4") || lower.endsWith(".m4v") || lower.endsWith(".mov");
  }

  /** The duration in whole seconds (rounded), empty when the file has no readable {@code mvhd}. */
  public static OptionalLong seconds(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      OptionalLong moov = find(ch, 0, ch.size(), "moov");
      return moov.isPresent() ? mvhd(ch, moov.getAsLong()) : OptionalLong.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** The offset of the first box of {@code type} between {@code from} and {@code to}. */
  private static OptionalLong find(FileChannel ch, long from, long to, String type) throws IOException {
    long at = from;
    ByteBuffer head = ByteBuffer.allocate(16);
    while (at + 8 <= to) {
      head.clear().limit(8);
      read(ch, head, at);
      long size = Integer.toUnsignedLong(head.getInt(0));
      String name = new String(new byte[] {head.get(4), head.get(5), head.get(6), head.get(7)},
          java.nio.charset.StandardCharsets.ISO_8859_1);
      int header = 8;
      if (size == 1) {
        head.clear().limit(8);
        read(ch, head, at + 8);
        size = head.getLong(0);
        header = 16;
      } else if (size == 0) {
        size = to - at;
      }
      if (size < header || at + size > to) {
        return OptionalLong.empty();
      }
      if (name.equals(type)) {
        return OptionalLong.of(at);
      }
      at += size;
    }
    return OptionalLong.empty();
  }

  private static OptionalLong mvhd(FileChannel ch, long moovAt) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(8);
    read(ch, head, moovAt);
    long moovEnd = moovAt + Integer.toUnsignedLong(head.getInt(0));
    OptionalLong at = find(ch, moovAt + 8, moovEnd, "mvhd");
    if (at.isEmpty()) {
      return OptionalLong.empty();
    }
    ByteBuffer box = ByteBuffer.allocate(40);
    read(ch, box, at.getAsLong() + 8);
    int version = box.get(0);
    long timescale;
    long duration;
    if (version == 1) {
      timescale = Integer.toUnsignedLong(box.getInt(20));
      duration = box.getLong(24);
    } else {
      timescale = Integer.toUnsignedLong(box.getInt(12));
      duration = Integer.toUnsignedLong(box.getInt(16));
    }
    if (timescale == 0 || duration < 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.round((double) duration / timescale));
  }

  private static void read(FileChannel ch, ByteBuffer buf, long at) throws IOException {
    long pos = at;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos);
      if (n < 0) {
        throw new IOException("end of file");
      }
      pos += n;
    }
  }
}

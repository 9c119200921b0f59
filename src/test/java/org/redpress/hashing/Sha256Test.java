package org.redpress.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

  /** FIPS 180-2's example digest of "abc". */
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void hashesTextAsUtf8Bytes() {
    assertThat(Sha256.hex("abc")).isEqualTo(ABC);
    assertThat(Sha256.hex("红色".getBytes(StandardCharsets.UTF_8))).isEqualTo(Sha256.hex("红色"));
  }

  @Test
  void hashesTheEmptyInput() {
    assertThat(Sha256.hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void givesTheSameDigestFedPieceByPiece() {
    assertThat(new Sha256().update("a").update((byte) 'b').update("c".getBytes(StandardCharsets.UTF_8)).hex())
        .isEqualTo(ABC);
  }

  @Test
  void givesTheDigestAsThirtyTwoBytes() {
    byte[] digest = Sha256.bytes("abc".getBytes(StandardCharsets.UTF_8));

    assertThat(digest).hasSize(32);
    assertThat(new Sha256().update("abc").bytes()).isEqualTo(digest);
  }
}

package org.redpress.build;

import com.sun.jna.Function;
import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Swaps two directory entries in one system call, so no moment exists at which neither is in
 * place. Linux has it as {@code renameat2(RENAME_EXCHANGE)} (3.15 and later, on the usual file
 * systems); Java has no call for it, hence JNA. Elsewhere the caller falls back to two renames.
 */
final class AtomicExchange {

  private static final int AT_FDCWD = -100;
  private static final int RENAME_EXCHANGE = 2;
  private static final int EINVAL = 22;
  private static final int ENOSYS = 38;
  private static final int EOPNOTSUPP = 95;

  private AtomicExchange() {}

  /**
   * Exchanges {@code a} and {@code b}, both of which must exist. Returns false, having changed
   * nothing, where this system or file system cannot exchange.
   */
  static boolean exchange(Path a, Path b) throws IOException {
    if (!Platform.isLinux()) {
      return false;
    }
    Function renameat2;
    try {
      renameat2 = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("renameat2", Function.THROW_LAST_ERROR);
    } catch (LinkageError | RuntimeException e) {
      return false; // JNA's native part cannot load here (e.g. no writable temp folder), or the C library predates renameat2
    }
    try {
      renameat2.invokeInt(new Object[] {AT_FDCWD, nativePath(a), AT_FDCWD, nativePath(b), RENAME_EXCHANGE});
      return true;
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) {
        return false; // the kernel or this file system does not exchange
      }
      throw new IOException("cannot exchange " + a + " and " + b + " (errno " + errno + ")", e);
    }
  }

  /** The path as a NUL-terminated C string, in the encoding the JDK itself uses for file names. */
  private static byte[] nativePath(Path p) {
    Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    return (p.toAbsolutePath().toString() + '\0').getBytes(charset);
  }
}

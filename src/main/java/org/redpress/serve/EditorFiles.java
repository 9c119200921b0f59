package org.redpress.serve;

import java.nio.file.Path;

/** Recognises editors' scratch files (swap, backup, lock, temp-before-rename), which never need a rebuild. */
final class EditorFiles {

  private EditorFiles() {}

  static boolean isScratch(Path path) {
    Path file = path.getFileName();
    if (file == null) {
      return false;
    }
    String name = file.toString();
    return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.equals("4913")
        || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp") || name.endsWith(".part")
        || name.endsWith(".crdownload");
  }
}

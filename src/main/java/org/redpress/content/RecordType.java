package org.redpress.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record, each stored in its own folder of {@code content/}. */
public enum RecordType {
  PRACTICE("practices", "实践案例", "practice"),
  MATERIAL("materials", "学习资料", "material"),
  ACHIEVEMENT("achievements", "工作成效", "achievement"),
  VENUE("venues", "红色阵地", "venue"),
  ORGANIZATION("organizations", "基层党组织", "organization"),
  ACTIVITY("activities", "活动", "activity"),
  PAGE("pages", "页面", "page");

  private final String folder;
  private final String chineseName;
  private final String key;

  RecordType(String folder, String chineseName, String key) {
    this.folder = folder;
    this.chineseName = chineseName;
    this.key = key;
  }

  /** The folder under {@code content/}, also the URL section (pages live at the root). */
  public String folder() {
    return folder;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The singular ASCII name used on the command line and in the search index. */
  public String key() {
    return key;
  }

  public static Optional<RecordType> byFolder(String folder) {
    return Arrays.stream(values()).filter(t -> t.folder.equals(folder)).findFirst();
  }

  public static Optional<RecordType> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}

package io.tradelane.exchange;

/**
 * The note an inbound file is finished with: one outcome line per interchange, up to what the
 * {@code detail} column holds; past that, only how many more there were, so that a file of a
 * million interchanges needs no more memory for its note than a file of ten.
 */
final class FileNote {

  static final int MAX = 4000;
  private static final int RESERVE = 40;

  private final StringBuilder text = new StringBuilder();
  private int lines;
  private int omitted;

  void add(String outcome) {
    lines++;
    int needed = outcome.length() + (text.length() == 0 ? 0 : 1);
    if (omitted > 0 || text.length() + needed > MAX - RESERVE) {
      omitted++;
      return;
    }
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append(outcome);
  }

  /** How many outcomes were added. */
  int lines() {
    return lines;
  }

  @Override
  public String toString() {
    return omitted == 0 ? text.toString() : text + "\n... and " + omitted + " more interchanges";
  }
}

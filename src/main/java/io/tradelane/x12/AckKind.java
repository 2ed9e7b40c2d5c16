package io.tradelane.x12;

/** The acknowledgements a partner may want: TA1 for interchanges, 997 or 999 for groups. */
public enum AckKind {
  TA1,
  FA_997,
  FA_999
}

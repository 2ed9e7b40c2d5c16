package io.tradelane.x12;

/**
 * Receives what a streaming read finds, so that memory does not grow with the size of an
 * interchange: each transaction set as soon as it is complete, with its segments and errors, then
 * the interchange once its IEA (or the end of the data) is read, whose sets carry their outcome but
 * not their segments (a rejected set keeps its first two, which name its business document). An
 * interchange may still be rejected as a whole after its sets were handed over.
 */
public interface InterchangeHandler {

  /** A transaction set of the interchange being read, in group {@code group}. */
  void set(InterchangeHeader isa, GroupHeader group, TransactionSet set);

  /** The interchange just read, judged; its sets are summaries. */
  void interchange(Interchange interchange);
}

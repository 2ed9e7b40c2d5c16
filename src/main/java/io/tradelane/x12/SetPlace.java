package io.tradelane.x12;

/**
 * Where a transaction set was read: the byte offsets of its interchange's ISA and of its ST in the
 * data they were read from, so that the set can be read again from the same bytes ({@link
 * SetRereader}) instead of being kept in memory or in the database.
 */
public record SetPlace(long isaOffset, long setOffset) {}

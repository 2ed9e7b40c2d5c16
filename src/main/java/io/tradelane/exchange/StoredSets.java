package io.tradelane.exchange;

import io.tradelane.x12.Segment;
import io.tradelane.x12.SetRereader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Reads a received document's transaction set again, segment by segment, from the file it came in
 * (in the content store), for stages that stream sets of any size instead of reading what
 * translation stored of them.
 */
public final class StoredSets {

  private final InboundDocuments documents;
  private final InboundFiles files;

  public StoredSets(InboundDocuments documents, InboundFiles files) {
    this.documents = documents;
    this.files = files;
  }

  /**
   * Hands each segment of document {@code documentId}'s set, ST to SE, to {@code segments}.
   *
   * @throws IllegalStateException when the set cannot be read again where it was received
   */
  public void read(long documentId, Consumer<Segment> segments) {
    InboundDocuments.Origin origin = documents.origin(documentId);
    try {
      SetRereader.read(
          offset -> files.openAt(origin.fileId(), offset),
          origin.place(),
          origin.setControl(),
          origin.segmentCount(),
          segments);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read document " + documentId + " again from inbound file " + origin.fileId(), e);
    }
  }
}

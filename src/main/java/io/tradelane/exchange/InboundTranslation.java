package io.tradelane.exchange;

import io.tradelane.exchange.InboundFiles.StoredFile;
import io.tradelane.x12.InterchangeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The translation stage: streams a stored file's interchanges, has each judged and answered by the
 * {@link InterchangeReceiver} as it is read, and marks the file done, all in one transaction.
 * Translating a file that is already done only hands on what is still to do, so a redelivered
 * message changes nothing.
 */
public final class InboundTranslation {

  private final TransactionTemplate tx;
  private final InboundFiles files;
  private final InterchangeReceiver receiver;
  private final HubEvents events;
  private final FileFollowUps followUps;
  private final InterchangeReader reader;

  public InboundTranslation(
      TransactionTemplate tx,
      InboundFiles files,
      InterchangeReceiver receiver,
      HubEvents events,
      FileFollowUps followUps,
      InterchangeReader reader) {
    this.tx = tx;
    this.reader = reader;
    this.files = files;
    this.receiver = receiver;
    this.events = events;
    this.followUps = followUps;
  }

  public List<Dispatch> translate(String fileId) {
    long id = Long.parseLong(fileId);
    return tx.execute(
        status -> {
          StoredFile file = files.lock(id);
          if (file.status() == InboundFiles.Status.RECEIVED) {
            judge(file);
          }
          // the first page of each kind; a full page carries on through the hand-over queue
          return followUps.first(id);
        });
  }

  /**
   * Streams the file's bytes through the reader and has each set and interchange judged as soon as
   * it is read: memory holds one transaction set at a time (of a long set, its first segments),
   * whatever the size of the file.
   */
  private void judge(StoredFile file) {
    FileNote note = new FileNote();
    try (InputStream in = files.open(file)) {
      reader.read(in, receiver.reception(file, note::add));
      // the hash is checked at the end of the bytes, wherever the reader stopped
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (note.lines() == 0) {
      String why = "no X12 interchange found in the file";
      files.finish(file.id(), InboundFiles.Status.REJECTED, why);
      events.record(HubEvents.Severity.WARN, "file-rejected", file.mailbox(), file.fileName(), why);
      return;
    }
    files.finish(file.id(), InboundFiles.Status.PROCESSED, note.toString());
  }
}

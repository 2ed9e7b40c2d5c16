package io.tradelane.transport;

import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.exchange.OutboundDocuments.Outbound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts an outbound document into its partner's {@code mailbox/<partner>/out/} folder atomically:
 * written and synced under {@code <data-dir>/staging}, then moved into place, so a partner never
 * sees a half-written file. A document already delivered is not written again, even when two
 * deliveries of it arrive at once (the document's row is locked while it is written).
 */
public final class MailboxDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(MailboxDelivery.class);

  private final TransactionTemplate tx;
  private final OutboundDocuments documents;
  private final Path mailboxRoot;
  private final Path staging;

  public MailboxDelivery(TransactionTemplate tx, OutboundDocuments documents, Path dataDir) {
    this.tx = tx;
    this.documents = documents;
    this.mailboxRoot = dataDir.resolve("mailbox");
    this.staging = dataDir.resolve("staging");
  }

  /** Delivers a pending document: written into place and marked delivered under its row lock. */
  public void deliver(String documentId) {
    long id = Long.parseLong(documentId);
    tx.executeWithoutResult(
        status ->
            documents
                .pending(id)
                .ifPresent(
                    doc -> {
                      Path target = write(doc);
                      documents.delivered(id);
                      LOG.info("Delivered {} {} to {}", doc.docType(), doc.fileName(), target);
                    }));
  }

  private Path write(Outbound doc) {
    try {
      Path outbox = Files.createDirectories(mailboxRoot.resolve(doc.partnerId()).resolve("out"));
      Path target = outbox.resolve(doc.fileName());
      Files.createDirectories(staging);
      Path temp = staging.resolve(doc.partnerId() + "-" + doc.fileName() + ".part");
      try (FileChannel channel =
          FileChannel.open(
              temp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(doc.content().getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      return Files.move(
          temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot deliver " + doc.fileName() + " to " + doc.partnerId(), e);
    }
  }
}

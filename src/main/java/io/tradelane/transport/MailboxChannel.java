package io.tradelane.transport;

import io.tradelane.exchange.OutboundDocuments.Outbound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Puts a document into its partner's {@code mailbox/<partner>/out/} folder atomically: written and
 * synced under {@code <data-dir>/staging}, then moved into place, so a partner never sees a
 * half-written file.
 */
final class MailboxChannel implements DeliveryChannel {

  private final Path mailboxRoot;
  private final Path staging;

  MailboxChannel(Path dataDir) {
    this.mailboxRoot = dataDir.resolve("mailbox");
    this.staging = dataDir.resolve("staging");
  }

  @Override
  public Delivered send(Outbound doc) {
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
        channel.write(ByteBuffer.wrap(doc.content().getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new Delivered("mailbox", mailboxRoot.relativize(target).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write " + doc.fileName() + " to the mailbox of " + doc.partnerId(), e);
    }
  }
}

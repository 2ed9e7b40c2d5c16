package io.tradelane.transport;

import io.tradelane.exchange.InboundFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * Stores a file taken from a partner's drop folder ({@code mailbox/<partner>/in/<name>}) with its
 * hash, before anything else happens to it; the file is removed from the folder only after this and
 * the hand-over to the next stage have succeeded. The file is streamed into the content store,
 * never held in memory whole. Files from partners' own SFTP servers are stored the same way.
 */
public final class MailboxIntake {

  /** Header naming the partner whose server a file came from. */
  public static final String PARTNER = "TradelanePartner";

  private final InboundFiles files;

  public MailboxIntake(InboundFiles files) {
    this.files = files;
  }

  /**
   * @param relativePath the path below the mailbox root, {@code <partner>/in/<name>}
   * @param file the file as the file consumer found it (its body, converted from GenericFile)
   * @return the id of the stored file, as text (the body of the next stage's message)
   */
  public String store(
      @Header(Exchange.FILE_NAME) String relativePath,
      @Header(Exchange.FILE_LAST_MODIFIED) long lastModified,
      @Body File file) {
    String[] parts = relativePath.replace('\\', '/').split("/");
    if (parts.length != 3 || !"in".equals(parts[1])) {
      throw new IllegalArgumentException("not a mailbox drop: " + relativePath);
    }
    try (InputStream content = Files.newInputStream(file.toPath())) {
      return Long.toString(files.store(parts[0], parts[2], lastModified, content));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Stores a file taken from a partner's own SFTP server, streamed as it downloads.
   *
   * @return the id of the stored file, as text
   */
  public String storeRemote(
      @Header(PARTNER) String partnerId,
      @Header(Exchange.FILE_NAME_ONLY) String fileName,
      @Header(Exchange.FILE_LAST_MODIFIED) long lastModified,
      @Body InputStream content) {
    return Long.toString(files.store(partnerId, fileName, lastModified, content));
  }
}

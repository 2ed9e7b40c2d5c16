package io.tradelane.transport;

import com.jcraft.jsch.ChannelSftp;
import io.tradelane.exchange.HubEvents;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.component.file.remote.SftpRemoteFile;

/**
 * Refuses names in a partner server's listing that could make the hub read or write somewhere else:
 * a name holding a path separator, a {@code .} or {@code ..}, a control character, or an entry that
 * is a link. Camel's ftp component had a published path-traversal advisory for its 4.x line, so the
 * hub does not rely on it. Each refused name is recorded once per run as a {@code
 * remote-file-refused} event; sub-folders are skipped silently (only the pick-up folder is read).
 */
final class RemoteListingGuard implements GenericFileFilter<Object> {

  private final String partnerId;
  private final HubEvents events;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  RemoteListingGuard(String partnerId, HubEvents events) {
    this.partnerId = partnerId;
    this.events = events;
  }

  @Override
  public boolean accept(GenericFile<Object> file) {
    String name =
        file.getFile() instanceof SftpRemoteFile<?> remote
            ? remote.getFilename()
            : file.getFileNameOnly();
    Optional<String> refusal = refusal(name, file.getFile());
    if (refusal.isPresent()) {
      if (reported.add(name + "\n" + refusal.get())) {
        events.record(
            HubEvents.Severity.WARN,
            "remote-file-refused",
            partnerId,
            name,
            "not taken from the partner's SFTP server: " + refusal.get());
      }
      return false;
    }
    return !file.isDirectory();
  }

  /** Why a listed entry is refused, if it is. */
  static Optional<String> refusal(String name, Object entry) {
    if (name == null || name.isEmpty()) {
      return Optional.of("the listing gave an empty name");
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      return Optional.of("the name holds a path separator");
    }
    if (name.equals(".") || name.equals("..") || name.startsWith("..")) {
      return Optional.of("the name points out of the folder");
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.of("the name holds a control character");
    }
    if (entry instanceof SftpRemoteFile<?> remote && isLink(remote)) {
      return Optional.of("the entry is a link");
    }
    return Optional.empty();
  }

  private static boolean isLink(SftpRemoteFile<?> remote) {
    if (remote.getRemoteFile() instanceof ChannelSftp.LsEntry entry) {
      return entry.getAttrs().isLink();
    }
    String longName = remote.getLongname();
    return longName != null && longName.startsWith("l");
  }
}

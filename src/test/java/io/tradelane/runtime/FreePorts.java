package io.tradelane.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free TCP ports for the servers a test starts. The system hands out a port that was free a moment
 * ago, and may hand the same one out again right after it is closed: two servers of one hub (SFTP
 * and AS2, say) would then collide. So a port is never handed out twice in one test JVM.
 */
public final class FreePorts {

  private static final Set<Integer> GIVEN = new HashSet<>();

  private FreePorts() {}

  public static synchronized int next() {
    for (int attempt = 0; attempt < 100; attempt++) {
      try (ServerSocket socket = new ServerSocket(0)) {
        if (GIVEN.add(socket.getLocalPort())) {
          return socket.getLocalPort();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("no free port", e);
      }
    }
    throw new IllegalStateException("no free port not handed out before in 100 attempts");
  }
}

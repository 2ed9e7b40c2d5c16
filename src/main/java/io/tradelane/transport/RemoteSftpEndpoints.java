package io.tradelane.transport;

/** The camel-sftp endpoint of a folder on a partner's server, with its strict host key check. */
final class RemoteSftpEndpoints {

  private RemoteSftpEndpoints() {}

  static String uri(RemoteSftp server, String folder, SftpClientKeys keys) {
    return "sftp://"
        + server.host()
        + ":"
        + server.port()
        + "/"
        + RemoteSftp.endpointPath(folder)
        + "?username=RAW("
        + server.user()
        + ")&privateKeyFile=RAW("
        + keys.privateKeyFor(server)
        + ")&knownHostsFile=RAW("
        + keys.knownHostsFor(server)
        + ")&strictHostKeyChecking=yes&useUserKnownHostsFile=false&serverHostKeys="
        + server.hostKeyAlgorithms()
        + "&connectTimeout=10000&soTimeout=60000";
  }
}

package io.tradelane.transport;

import io.tradelane.exchange.OutboundDocuments.Outbound;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Writes a document into the drop folder of a partner's own SFTP server, with camel-sftp: under a
 * temporary name ({@code <name>.part}) renamed when complete, so the partner never picks up half a
 * file; the server's host key is checked strictly against the one in the profile; a new connection
 * for each document, so a server restarted between documents costs nothing.
 */
final class RemoteSftpChannel implements DeliveryChannel {

  private final ProducerTemplate producer;
  private final RemoteSftp server;
  private final String uri;

  RemoteSftpChannel(ProducerTemplate producer, RemoteSftp server, SftpClientKeys keys) {
    this.producer = producer;
    this.server = server;
    this.uri =
        RemoteSftpEndpoints.uri(server, server.dropFolder(), keys)
            + "&tempFileName=RAW(${file:onlyname}.part)&fileExist=Override&disconnect=true";
  }

  @Override
  public Delivered send(Outbound doc) {
    producer.sendBodyAndHeader(
        uri, doc.content().getBytes(StandardCharsets.UTF_8), Exchange.FILE_NAME, doc.fileName());
    String where = Path.of(server.dropFolder()).resolve(doc.fileName()).toString();
    return new Delivered(
        "sftp",
        "sftp://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + where);
  }
}

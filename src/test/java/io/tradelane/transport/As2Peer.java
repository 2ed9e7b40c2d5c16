package io.tradelane.transport;

import com.helger.as2lib.client.AS2Client;
import com.helger.as2lib.client.AS2ClientRequest;
import com.helger.as2lib.client.AS2ClientResponse;
import com.helger.as2lib.client.AS2ClientSettings;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.IMICMatchingHandler;
import com.helger.as2lib.disposition.DispositionOptions;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.util.dump.IHTTPOutgoingDumper;
import com.helger.security.keystore.EKeyStoreType;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A partner's AS2 client for tests: phax's as2-lib (an independent AS2 implementation, not our
 * code), with the partner's key and the hub's certificate from a PKCS12 file (the demo partner
 * export the hub writes). It says whether the MDN's MIC matched what it sent, and can capture the
 * raw request for a tampering test.
 */
public final class As2Peer {

  private final Path keystore;
  private final String password;
  private final String as2Id;
  private final String keyAlias;

  public As2Peer(Path keystore, String password, String as2Id, String keyAlias) {
    this.keystore = keystore;
    this.password = password;
    this.as2Id = as2Id;
    this.keyAlias = keyAlias;
  }

  /**
   * What the peer got back.
   *
   * @param mic "match", "mismatch" or "none" (no MIC checked)
   * @param requestHeaders the HTTP headers it sent
   * @param requestBody the HTTP body it sent
   * @param rawMdn the MDN as it came back (headers and body)
   */
  public record Sent(
      AS2ClientResponse response,
      String mic,
      Map<String, String> requestHeaders,
      byte[] requestBody,
      String rawMdn) {}

  /**
   * Sends a payload signed (SHA-256) and, when asked, encrypted (AES-128-CBC), asking for a signed
   * synchronous MDN with a SHA-256 MIC.
   *
   * @param to the hub's AS2 name (AS2-To)
   * @param messageId a fixed Message-ID, or null for a new one
   */
  public Sent send(String url, String to, byte[] payload, boolean encrypt, String messageId) {
    return send(url, to, payload, encrypt, messageId, null);
  }

  /**
   * As {@link #send(String, String, byte[], boolean, String)}, asking for the MDN to be sent
   * asynchronously to {@code asyncMdnUrl} when it is not null.
   */
  public Sent send(
      String url,
      String to,
      byte[] payload,
      boolean encrypt,
      String messageId,
      String asyncMdnUrl) {
    AtomicReference<String> mic = new AtomicReference<>("none");
    Map<String, String> headers = new LinkedHashMap<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    StringBuilder mdn = new StringBuilder();
    AS2ClientSettings settings =
        new AS2ClientSettings()
            .setKeyStore(EKeyStoreType.PKCS12, keystore.toFile(), password)
            .setSenderData(as2Id, as2Id.toLowerCase() + "@partner.example", keyAlias)
            .setReceiverData(to, As2Keys.HUB_ALIAS, url)
            .setPartnershipName(as2Id + "-" + to)
            .setEncryptAndSign(
                encrypt ? ECryptoAlgorithmCrypt.CRYPT_AES128_CBC : null,
                ECryptoAlgorithmSign.DIGEST_SHA_256)
            .setMDNOptions(
                new DispositionOptions()
                    .setProtocolImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                    .setProtocol(DispositionOptions.PROTOCOL_PKCS7_SIGNATURE)
                    .setMICAlgImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                    .setMICAlg(ECryptoAlgorithmSign.DIGEST_SHA_256))
            .setRetryCount(0)
            .setMICMatchingHandler(
                new IMICMatchingHandler() {
                  @Override
                  public void onMICMatch(IMessage message, String received) {
                    mic.set("match");
                  }

                  @Override
                  public void onMICMismatch(IMessage message, String original, String received) {
                    mic.set("mismatch");
                  }
                })
            .setHttpOutgoingDumperFactory(message -> new Capture(headers, body))
            .setHttpIncomingDumper(
                (lines, bytes, message) -> {
                  mdn.append(String.join("\r\n", lines)).append("\r\n\r\n");
                  mdn.append(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
                });
    if (messageId != null) {
      settings.setMessageIDFormat(messageId);
    }
    if (asyncMdnUrl != null) {
      settings.setAsyncMDNUrl(asyncMdnUrl);
    }
    AS2ClientRequest request =
        new AS2ClientRequest("purchase order")
            .setData(payload)
            .setContentType("application/edi-x12");
    AS2ClientResponse response = new AS2Client().sendSynchronous(settings, request);
    return new Sent(response, mic.get(), headers, body.toByteArray(), mdn.toString());
  }

  /** Keeps the headers and body of the request as sent. */
  private record Capture(Map<String, String> headers, ByteArrayOutputStream body)
      implements IHTTPOutgoingDumper {
    @Override
    public void dumpHeader(String name, String value) {
      headers.put(name, value);
    }

    @Override
    public void dumpPayload(int b) {
      body.write(b);
    }

    @Override
    public void dumpPayload(byte[] bytes, int offset, int length) {
      body.write(bytes, offset, length);
    }
  }
}

package io.tradelane.transport;

import com.helger.as2lib.cert.CertificateFactory;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.partner.Partnership;
import com.helger.as2lib.partner.SelfFillingPartnershipFactory;
import com.helger.as2lib.processor.DefaultMessageProcessor;
import com.helger.as2lib.processor.module.AbstractProcessorModule;
import com.helger.as2lib.processor.receiver.AS2ReceiverModule;
import com.helger.as2lib.processor.storage.IProcessorStorageModule;
import com.helger.as2lib.session.AS2Session;
import com.helger.security.keystore.EKeyStoreType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A partner's AS2 receiver for tests: phax's as2-lib (not our code) listening on a port of its own,
 * decrypting with the partner's key and checking the hub's signature (both from the demo partner
 * export the hub writes), answering with a signed synchronous MDN, and keeping what it received. It
 * can be stopped and started again on the same port.
 */
public final class As2PeerReceiver implements AutoCloseable {

  private final Path keystore;
  private final String password;
  private final String as2Id;
  private final String keyAlias;
  private final String hubAs2Id;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private int port;
  private AS2ReceiverModule module;

  public As2PeerReceiver(
      Path keystore, String password, String as2Id, String keyAlias, String hubAs2Id) {
    this.keystore = keystore;
    this.password = password;
    this.as2Id = as2Id;
    this.keyAlias = keyAlias;
    this.hubAs2Id = hubAs2Id;
  }

  /** Starts listening on the given port. */
  public As2PeerReceiver start(int onPort) throws AS2Exception {
    port = onPort;
    AS2Session session = new AS2Session();
    // the hub's signature is checked against the hub's certificate in the keystore, never against
    // one the message carries
    session.setCryptoVerifyUseCertificateInBodyPart(false);
    CertificateFactory certificates = new CertificateFactory();
    certificates.setKeyStoreType(EKeyStoreType.PKCS12);
    certificates.setFilename(keystore.toString());
    certificates.setPassword(password);
    certificates.setSaveChangesToFile(false);
    certificates.initDynamicComponent(session, null);
    session.setCertificateFactory(certificates);
    SelfFillingPartnershipFactory partnerships = new SelfFillingPartnershipFactory();
    Partnership fromHub = new Partnership(hubAs2Id + "-" + as2Id);
    fromHub.setSenderAS2ID(hubAs2Id);
    fromHub.setSenderX509Alias(As2Keys.HUB_ALIAS);
    fromHub.setReceiverAS2ID(as2Id);
    fromHub.setReceiverX509Alias(keyAlias);
    // as a partnership of a real as2-lib setup says: the hub signs and encrypts (which also makes
    // as2-lib include the MIME headers in the MIC, as RFC 4130 wants for signed messages)
    fromHub.setSigningAlgorithm(ECryptoAlgorithmSign.DIGEST_SHA_256);
    fromHub.setEncryptAlgorithm(ECryptoAlgorithmCrypt.CRYPT_AES128_CBC);
    partnerships.addPartnership(fromHub);
    session.setPartnershipFactory(partnerships);
    DefaultMessageProcessor processor = new DefaultMessageProcessor();
    processor.addModule(new Keep(received));
    session.setMessageProcessor(processor);
    module = new AS2ReceiverModule();
    module.setPort(port);
    module.initDynamicComponent(session, null);
    processor.addModule(module);
    module.start();
    return this;
  }

  public void start() throws AS2Exception {
    start(port);
  }

  public void stop() throws AS2Exception {
    module.stop();
  }

  /** The payloads received, in order. */
  public List<String> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() throws AS2Exception {
    if (module != null && module.isRunning()) {
      module.stop();
    }
  }

  /** Keeps the payload of each message stored. */
  private static final class Keep extends AbstractProcessorModule {
    private final List<String> received;

    Keep(List<String> received) {
      this.received = received;
    }

    @Override
    public boolean canHandle(String action, IMessage message, Map<String, Object> options) {
      return IProcessorStorageModule.DO_STORE.equals(action);
    }

    @Override
    public void handle(String action, IMessage message, Map<String, Object> options)
        throws AS2Exception {
      try (InputStream in = message.getData().getInputStream()) {
        received.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException | jakarta.mail.MessagingException e) {
        throw new AS2Exception("cannot read the payload", e);
      }
    }
  }
}

package io.tradelane.transport;

import io.tradelane.exchange.OutboundDocuments.Outbound;

/** One way of getting a document to a partner. */
interface DeliveryChannel {

  /**
   * Delivers a document, the same way each time it is called for it: a second call after an unclear
   * failure replaces what the first may have left (same file name, same AS2 Message-ID), it never
   * adds a second copy.
   *
   * @return what proves the delivery
   * @throws RuntimeException when it was not delivered
   */
  Delivered send(Outbound document);

  /**
   * @param via the transport, as in a profile's {@code transport}
   * @param proof where the document was written, or the partner's receipt
   */
  record Delivered(String via, String proof) {}
}

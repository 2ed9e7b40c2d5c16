package io.tradelane.transport;

/**
 * The hub's side of AS2.
 *
 * @param as2Id {@code hub.as2.id}: our AS2 name (AS2-To of what partners send us)
 * @param email {@code hub.as2.email}: the From and Disposition-Notification-To of what we send
 * @param fqdn {@code hub.as2.fqdn}: the host name in the Message-IDs we make
 * @param path {@code hub.as2.path}: the path of our AS2 endpoint, on {@code hub.as2.port}
 */
public record As2Settings(String as2Id, String email, String fqdn, String path) {

  /** Registry names of the keys the AS2 endpoint (route {@code intake-as2}) uses. */
  static final String HUB_KEY = "as2HubKey";

  static final String HUB_CHAIN = "as2HubChain";
  static final String PARTNER_CERTIFICATES = "as2PartnerCertificates";
}

package io.tradelane.order;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Headers;

/**
 * Feeds the back-office publication: an accepted order as canonical order XML, for the Smooks
 * mapping in {@code config/smooks/} to turn into the back-office format, and the file name it is
 * published under, {@code <partner>-<po>.xml}.
 */
public final class BackofficeOrders {

  /** The header carrying the id of the order being published. */
  public static final String ORDER_ID = "TradelaneOrderId";

  private final OrderStore orders;
  private final CanonicalOrderXml canonical = new CanonicalOrderXml();

  public BackofficeOrders(OrderStore orders) {
    this.orders = orders;
  }

  /** The order as canonical XML; sets the file name and the order id headers. */
  public String canonicalXml(String orderId, @Headers Map<String, Object> headers) {
    Order order = orders.load(Long.parseLong(orderId));
    headers.put(Exchange.FILE_NAME, fileName(order.partnerId(), order.poNumber()));
    headers.put(ORDER_ID, orderId);
    return canonical.toXml(order);
  }

  /** Records that the order's back-office file is written. */
  public void published(@Header(ORDER_ID) String orderId) {
    orders.published(Long.parseLong(orderId));
  }

  /**
   * A file name that is safe whatever the PO number holds: no separators, no dots to climb with.
   */
  static String fileName(String partnerId, String poNumber) {
    return (partnerId + "-" + poNumber).replaceAll("[^A-Za-z0-9_-]", "_") + ".xml";
  }
}

package io.tradelane.cpfr;

import io.tradelane.x12.Segment;

/**
 * How a LIN names an item: the partner's item number (BP or IN) and the UPC (UP), either may be
 * null.
 */
record ItemIds(String buyerItem, String upc) {

  static final ItemIds NONE = new ItemIds(null, null);

  static ItemIds of(Segment lin) {
    String buyerItem = null;
    String upc = null;
    for (int i = 2; i + 1 <= lin.elements().size(); i += 2) {
      String qualifier = lin.element(i);
      if (qualifier.equals("BP") || qualifier.equals("IN")) {
        buyerItem = lin.element(i + 1);
      } else if (qualifier.equals("UP")) {
        upc = lin.element(i + 1);
      }
    }
    return new ItemIds(buyerItem, upc);
  }
}

/**
 * Shipping: a confirmed shipment as an immutable model ({@link io.tradelane.shipping.Shipment}, its
 * orders, pallets, cartons and packed items) and the 856 ship notice built from it by {@link
 * io.tradelane.shipping.AsnBuilder} in the hierarchy the partner asks for ({@link
 * io.tradelane.shipping.AsnStructure}).
 */
package io.tradelane.shipping;

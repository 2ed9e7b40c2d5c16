package io.tradelane.order;

/** Where the buyer wants the goods: the N1*ST loop of the 850. Any part may be null. */
public record ShipTo(
    String name,
    String idQualifier,
    String id,
    String address,
    String city,
    String state,
    String postalCode,
    String country) {}

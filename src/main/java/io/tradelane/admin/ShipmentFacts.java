package io.tradelane.admin;

import java.time.Instant;

/**
 * What the scorecard needs to know of one shipment.
 *
 * @param confirmedAt when the warehouse's confirmation reached the hub
 * @param asnDeliveredAt when its 856 reached the partner; null: not (yet)
 */
record ShipmentFacts(long id, String partnerId, Instant confirmedAt, Instant asnDeliveredAt) {}

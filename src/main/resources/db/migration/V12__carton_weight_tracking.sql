-- A carton's gross weight (in its shipment's weight unit) and the carrier's tracking number, when
-- the warehouse gave them (856 pack level: TD1, MAN*CP)
alter table shipment_package add column weight numeric(12, 3);
alter table shipment_package add column tracking varchar(30);

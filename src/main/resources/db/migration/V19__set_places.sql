-- Where each received transaction set lies in its file (byte offsets of its interchange's ISA and
-- of its ST) and how many segments it has, so that a stage can read a set of any size again from
-- the content store; null for sets stored before this was recorded
alter table inbound_document add column isa_offset bigint;
alter table inbound_document add column set_offset bigint;
alter table inbound_document add column segment_count integer;

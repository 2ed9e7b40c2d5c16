-- Inbound file content moves out of the database into the content store (hub.store.inbound-dir),
-- written and fsync'd before the row commits. A row keeps the key of its stored copy beside the
-- size and hash it already had; rows stored before this version keep their bytes in content
-- (store_key null) and stay readable.
alter table inbound_file add column store_key varchar(255);
alter table inbound_file alter column content drop not null;

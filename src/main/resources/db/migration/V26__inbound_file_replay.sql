-- An admin replays a file the hub rejected (after fixing what made it reject it, e.g. a profile):
-- the replay is a new arrival of the same stored bytes, linked to the file it replays, numbered
-- 1, 2, ... among the replays of that arrival (0: as the partner delivered it).
alter table inbound_file add column replay_of bigint references inbound_file (id);
alter table inbound_file add column replay_no integer default 0 not null;
alter table inbound_file drop constraint inbound_file_arrival;
alter table inbound_file
  add constraint inbound_file_arrival unique (mailbox, file_name, modified_at, sha256, replay_no);

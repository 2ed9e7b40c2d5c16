-- The console's reads of delivered files: a file's replays (PostgreSQL does not index a foreign
-- key by itself), and a partner's files of the last days (the dashboard's rejected files).
create index inbound_file_replay on inbound_file (replay_of);
create index inbound_file_arrivals on inbound_file (mailbox, received_at);

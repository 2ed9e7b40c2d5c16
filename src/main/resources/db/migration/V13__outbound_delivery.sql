-- Delivery of outbound documents over each partner's transport (mailbox, the partner's SFTP server,
-- AS2): failed attempts are counted and retried with backoff; past the last attempt the document is
-- parked as FAILED until an admin replays it. What proves the delivery is kept (the remote path, or
-- the AS2 MDN).
alter table outbound_document add column attempts integer default 0 not null;
-- when the next attempt is due; also a lease: a retry handed to the delivery stage pushes it ahead,
-- so a retry lost in a crash is handed on again once the lease runs out
alter table outbound_document add column next_attempt_at timestamp with time zone;
alter table outbound_document add column last_error text;
alter table outbound_document add column delivered_via varchar(16);
alter table outbound_document add column delivery_proof text;
create index outbound_document_retry on outbound_document (status, next_attempt_at);

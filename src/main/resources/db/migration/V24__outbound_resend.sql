-- A document sent again at an admin's request is a new document (new control numbers) that keeps
-- the link to the one it repeats: resend_of names the original, resend_no counts the resends of one
-- source's document (0 for the original), so that each may exist once per source and type
alter table outbound_document add column resend_of bigint;
alter table outbound_document add column resend_no integer default 0 not null;
alter table outbound_document add constraint outbound_document_resend_of
  foreign key (resend_of) references outbound_document (id);
alter table outbound_document drop constraint outbound_document_once;
alter table outbound_document add constraint outbound_document_once
  unique (source_kind, source_id, doc_type, resend_no);

-- The hand-over of a file's follow-ups pages through its unfinished documents by id
-- (FileFollowUps): with these, a page is read in id order and the read stops at its limit,
-- instead of reading every document of the file for each page.
create index inbound_document_unfinished on inbound_document (status, id);
create index outbound_document_unfinished on outbound_document (status, id);

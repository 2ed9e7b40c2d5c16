-- When an order's back-office file was written; null: still to publish (re-sent after a crash)
alter table purchase_order add column published_at timestamp with time zone;

-- SSCC-18 numbers for cartons and pallets (SsccSerials).
-- The next serial reference of each (company prefix, extension digit), taken under a row lock in
-- the caller's transaction: two nodes never hand out the same one, a rollback gives it back.
create table sscc_counter (
  company_prefix   varchar(12) not null,
  extension_digit  smallint    not null,
  next_serial      bigint      not null,
  primary key (company_prefix, extension_digit)
);

-- Every SSCC handed out: a serial is handed out again (after the counter wraps) only when its
-- number was allocated longer ago than the reuse window; the row is then replaced.
create table sscc (
  number           varchar(18) primary key,
  company_prefix   varchar(12) not null,
  extension_digit  smallint    not null,
  serial_ref       bigint      not null,
  allocated_at     timestamp with time zone not null,
  shipment_ref     varchar(64)
);
create index sscc_series on sscc (company_prefix, extension_digit, serial_ref);
create index sscc_series_age on sscc (company_prefix, extension_digit, allocated_at);

-- AS2 messages partners sent us, by Message-ID: a resend of a Message-ID already stored is answered
-- with a receipt again and creates nothing new
create table as2_message (
  message_id       varchar(998) not null primary key,
  partner_id       varchar(64)  not null,
  inbound_file_id  bigint       not null references inbound_file (id),
  received_at      timestamp with time zone not null,
  resent           integer      default 0 not null
);

-- A console user an admin disabled: kept (the audit log names them) but unable to sign in
alter table console_user add column disabled boolean default false not null;

-- CPFR: for partners whose consensus is sent on a schedule, the latest due time handled (sent, or
-- taken as the start of the schedule) and the latest due time held back because exceptions were open
create table cpfr_consensus_schedule (
  partner_id   varchar(64) primary key,
  handled_due  timestamp with time zone not null,
  held_due     timestamp with time zone,
  sent_at      timestamp with time zone,
  version      integer
);

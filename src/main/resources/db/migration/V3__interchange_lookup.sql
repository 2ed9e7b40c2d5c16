-- Finding an earlier interchange of a partner by its control number (duplicate detection)
create index interchange_partner_control on interchange (partner_id, control_number);

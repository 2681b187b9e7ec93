-- UWV's errors and warnings about a message (the lines after the status in a <kenmerk>.status file), for the
-- operators who must act on a rejection. Portable SQL.
alter table uwv_outbox add column uwv_remarks varchar(4000);

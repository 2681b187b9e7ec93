-- An operator may reprocess a rejected message once (after fixing reference data): the old record keeps
-- its rejection as history and points to the record of the new attempt.
alter table audit_message add column reprocessed_as bigint references audit_message (id);

-- The claim as each accepted message left it, on the message's own audit record: auditors compare a replay
-- with what the engine recorded message by message (export-outcomes), and a later message changes the claim
-- row itself. Null for a message that touched no claim.
alter table audit_message add column claim_status varchar(16);
alter table audit_message add column reporting_due_at timestamp with time zone;
alter table audit_message add column days_late integer;
alter table audit_message add column fine_eur integer;
alter table audit_message add column frequent_absence boolean;
alter table audit_message add column uwv_due_at timestamp with time zone;

-- Records from before this migration keep them null: what an earlier message left its claim with was not
-- kept (the claim row holds only its latest state), and a guess would show as a difference in every
-- comparison. export-outcomes writes them empty, and a comparison does not compare what is not known.

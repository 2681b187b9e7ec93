-- The claim as each accepted message left it, on the message's own audit record: auditors compare a replay
-- with what the engine recorded message by message (export-outcomes), and a later message changes the claim
-- row itself. Null for a message that touched no claim.
alter table audit_message add column claim_status varchar(16);
alter table audit_message add column reporting_due_at timestamp with time zone;
alter table audit_message add column days_late integer;
alter table audit_message add column fine_eur integer;
alter table audit_message add column frequent_absence boolean;
alter table audit_message add column uwv_due_at timestamp with time zone;

-- Records from before this migration get the facts as their claim stands now: the best there is. The UWV
-- due moment was never stored apart from its action point, so it comes from there.
update audit_message a set
    claim_status = (select c.status from claim c where c.claim_number = a.claim_number),
    reporting_due_at = (select c.reporting_due_at from claim c where c.claim_number = a.claim_number),
    days_late = (select c.days_late from claim c where c.claim_number = a.claim_number),
    fine_eur = (select c.fine_eur from claim c where c.claim_number = a.claim_number),
    frequent_absence = (select c.frequent_absence from claim c where c.claim_number = a.claim_number),
    uwv_due_at = (select min(p.due_at) from claim c join action_point p on p.claim_id = c.id
                  where c.claim_number = a.claim_number
                    and p.kind in ('UWV_SICK_REPORT', 'UWV_VANGNET_REPORT', 'UWV_WAZO_APPLICATION'))
where a.claim_number is not null;

-- Leave under the WAZO is its own kind of record, not a sickness claim: no first-contact call, no
-- Poortwachter milestones, no reporting deadline. The leave start is the record's first_day. Portable SQL.
alter table claim add column kind varchar(16) default 'SICKNESS' not null;
alter table claim add column wazo_reason varchar(40);
alter table claim add column expected_delivery_date date;
alter table claim add column child_birth_date date;
alter table claim add column leave_weeks integer;
update claim set kind = 'LEAVE' where reason = 'WAZO';

-- An action point is settled by what happens (UWV accepts the Ziekteaangifte, the week-42 report is sent,
-- a recovery makes the rest NOT_NEEDED): when, and by whom or what.
alter table action_point add column done_at timestamp with time zone;
alter table action_point add column done_by varchar(200);

-- A UWV message that no longer stands: replaced while still queued (by a corrected one), or withdrawn at UWV
-- (directly, or as a follow-up of a withdrawn Ziekteaangifte). Names the message that took its place.
alter table uwv_outbox add column superseded_by varchar(64);
create index ix_uwv_outbox_claim on uwv_outbox (claim_id);
-- HERSTELD_MELDING_LANGDURIG_ARBEIDSONGESCHIKT is 44 characters (standard SQL, on H2 and PostgreSQL alike)
alter table uwv_outbox alter column flow set data type varchar(64);

-- Existing records, as if they had come in today. A leave record has no sickness follow-up: its open
-- first-contact call and Poortwachter milestones are not needed (what went to UWV stays as it was).
update action_point set status = 'NOT_NEEDED', done_by = 'WAZO-verlof, geen ziekte (V9)'
    where status = 'OPEN' and kind not in ('UWV_SICK_REPORT', 'UWV_VANGNET_REPORT')
    and claim_id in (select id from claim where kind = 'LEAVE');
-- A Ziekteaangifte UWV already accepted has settled its action point.
update action_point set status = 'DONE', done_by = 'door UWV geaccepteerd (V9)',
    done_at = (select max(o.updated_at) from uwv_outbox o where o.claim_id = action_point.claim_id
        and o.flow = 'ZIEKTEAANGIFTE' and o.uwv_status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS'))
    where status = 'OPEN' and kind in ('UWV_SICK_REPORT', 'UWV_VANGNET_REPORT')
    and exists (select 1 from uwv_outbox o where o.claim_id = action_point.claim_id
        and o.flow = 'ZIEKTEAANGIFTE' and o.uwv_status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS'));

-- Claim numbers without gaps (issue 14): clients and auditors see them, and a number a database sequence hands
-- out is lost when its transaction rolls back or the engine dies before the commit. The counter is a row,
-- raised in the transaction that creates the claim: it commits with the claim or not at all. Claims are
-- created one at a time across all instances (the row is locked until the commit), which costs little next
-- to the rest of an acceptance. It goes on after the highest number in use. Portable SQL.
create table claim_counter (
    id          integer primary key,
    last_number bigint  not null
);
insert into claim_counter (id, last_number)
    select 1, coalesce(max(cast(substring(claim_number, 9) as bigint)), 0) from claim;
drop sequence claim_number_seq;

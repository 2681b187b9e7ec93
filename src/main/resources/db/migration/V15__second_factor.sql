-- The console's second factor: a user's TOTP secret (Base32, set at enrolment) and the last time step a
-- code was accepted for, so a code is never accepted twice. Portable SQL.
alter table console_user add column totp_secret varchar(64);
alter table console_user add column totp_last_step bigint;

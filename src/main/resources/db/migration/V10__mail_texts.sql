-- When the sender sent a mail (its Date header): a rejection quotes it with the subject, so the sender can
-- find the mail it answers. Null for files and for mails without a readable Date header.
alter table audit_message add column sent_at timestamp with time zone;

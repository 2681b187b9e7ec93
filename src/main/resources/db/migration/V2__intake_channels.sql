-- Mail and SFTP intake: who delivered a message, in which mail, and under which subject.
alter table audit_message add column delivery_id varchar(998);
alter table audit_message add column subject varchar(998);
alter table audit_message add column sender_client_id varchar(40);

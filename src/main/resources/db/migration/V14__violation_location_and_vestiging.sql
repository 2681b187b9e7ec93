-- Where in the XML a schema error was found (line and column, as the parser counts them), and the
-- vestigingscode a message named: the test-reflex lab shows both, and its onboarding checklist lists the
-- vestigingscodes a client's test messages used. Portable SQL; older records have them empty.
alter table audit_violation add column line_number integer;
alter table audit_violation add column column_number integer;
alter table audit_message add column vestigingscode varchar(40);

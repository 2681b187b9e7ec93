-- How many times the reference data was loaded into the database, when and from where: each instance (and
-- each command) compares it with the version it holds in memory and loads the tables again when another
-- one reloaded them. One row. Portable SQL.
create table reference_version (
    id        integer       primary key,
    version   bigint        not null,
    loaded_at timestamp with time zone not null,
    source    varchar(1024) not null
);
insert into reference_version (id, version, loaded_at, source) values (1, 0, current_timestamp, '');

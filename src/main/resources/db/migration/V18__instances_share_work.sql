-- Several engine instances on one database (issue 14). Portable SQL.

-- Who polls a source only one instance may read at a time (each mailbox, the UWV status folder): ShedLock's
-- table, as its JDBC provider expects it. A row is held for one poll, at most lock_until (the lease), so a
-- dead instance's poll passes to another within the lease. Times are the database's own (usingDbTime).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Which instance is reading which SFTP drop file (cluster.DropFileClaims): a file is claimed before it is read
-- and released once it has moved (or reading it failed), so of several instances reading the drops only one
-- reads it. The instance renews its claims while it reads; a claim not renewed for
-- reflex.cluster.sftp-read-lock-max-age (its instance died) is taken over. Times are the database's.
create table drop_file_claim (
    file       varchar(1024)            not null primary key,
    instance   varchar(255)             not null,
    claimed_at timestamp with time zone not null
);

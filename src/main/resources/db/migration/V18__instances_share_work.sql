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

-- Which SFTP drop files an instance is reading right now (Camel's readLock=idempotent-changed on its JDBC
-- repository, camel-sql's JdbcOrphanLockAwareIdempotentRepository): a file is read by one instance; a key
-- its instance stopped refreshing (it died) is an orphan after a while and the file is read again.
create table camel_messageprocessed (
    processorName varchar(255)  not null,
    messageId     varchar(1024) not null,
    createdAt     timestamp     not null,
    primary key (processorName, messageId)
);

-- What a denied request asked for: method and path, never a query string or a link token.
alter table audit_event add column detail varchar(200);

-- One row per submitted form (issue 9, QUALITY 32): the key a form carries, unique within
-- its scope (a clinic, a patient link, the first set-up) and form, inserted in the same
-- transaction as the change it made. A second submission with the same key waits for the
-- first to commit and then gets its redirect instead of making a second record. The
-- redirect never holds a link token. Rows older than a day are pruned.
create table submission (
    scope      varchar(40)  not null,
    form       varchar(100) not null,
    key        uuid         not null,
    redirect   varchar(300) not null,
    created_at timestamptz  not null,
    primary key (scope, form, key)
);

create index submission_created_idx on submission (created_at);

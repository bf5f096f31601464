-- State that several app instances on this database share (issue 12, QUALITY 29, 30).

-- Throttle counters (web.Throttles): one fixed window per key, such as a login account
-- and address or the address behind patient-link misses. Written only on a failure, read
-- before the guarded action. UNLOGGED: no WAL, so cheap to write; after a crash the table
-- comes back empty, which only forgives recent failures. Rows of past windows are pruned.
create unlogged table throttle_window (
    key          varchar(400) primary key,
    window_start timestamptz  not null,
    hits         integer      not null
);

create index throttle_window_start_idx on throttle_window (window_start);

-- A fingerprint of aftercare.link-secret (patientlink.LinkSecretCheck), stored by the first
-- instance to start: HMAC-SHA256 of a fixed label keyed with the secret. It does not
-- reveal the secret, and testing guesses against it is hopeless since the secret has at
-- least 32 random characters. An instance with another secret would print links the
-- others cannot open, so it refuses to start.
create table link_secret (
    id          smallint    primary key check (id = 1),
    fingerprint varchar(64) not null,
    stored_at   timestamptz not null
);

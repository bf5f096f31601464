-- State that several app instances on this database share (issue 12, QUALITY 29, 30).

-- Throttle counters (web.Throttles): one fixed window per key, such as a login account
-- and address or the address behind patient-link misses. The window opens at the first
-- failure and closes at expires_at; the next failure after that opens a new one, so no
-- key is blocked for good. Written only on a failure, read before the guarded action.
-- UNLOGGED: no WAL, so cheap to write; after a crash the table comes back empty, which
-- only forgives recent failures. Closed windows are pruned.
create unlogged table throttle_window (
    key        varchar(400) primary key,
    expires_at timestamptz  not null,
    hits       integer      not null
);

create index throttle_window_expires_idx on throttle_window (expires_at);

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

-- SPEC 9: accounts, their SSH keys, and the append-only audit trail; SPEC 10: a version on
-- every record, so that a form saving over a record changed meanwhile is noticed.

CREATE TABLE account (
    login TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'statistician', 'clerk', 'viewer')),
    scope TEXT NOT NULL,               -- area codes joined by ';'
    os_user TEXT UNIQUE,
    password_hash TEXT,                -- Argon2id, PHC string; NULL: no password login
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,                 -- UTC instant; a lockout ends then
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE account_key (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL REFERENCES account(login),
    fingerprint TEXT NOT NULL,         -- SHA256:… as OpenSSH prints it
    public_key TEXT NOT NULL,          -- the OpenSSH public key line
    added_at TEXT NOT NULL,
    UNIQUE (login, fingerprint)
);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    action TEXT NOT NULL,
    register TEXT,
    record_id INTEGER,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_record ON audit(register, record_id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be deleted from'); END;

-- Only the next entry, chained to the last one: refuses a gap, a repeated seq (INSERT OR
-- REPLACE over an entry included) and a prev_hash that is not the hash before it.
-- (Trigger bodies stay on one line: the migration runner splits at a ';' that ends a line.)
CREATE TRIGGER audit_append_only BEFORE INSERT ON audit
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit)
  OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit WHERE seq = NEW.seq - 1),
                                   '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'the audit trail only takes the next entry in its chain'); END;

ALTER TABLE area ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE scheme ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE birth ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE death ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE marriage ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE migration ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE benefit ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE visit ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE population ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

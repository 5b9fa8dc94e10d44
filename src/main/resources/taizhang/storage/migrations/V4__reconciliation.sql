-- Each account's last reconciliation of a hospital's or the police's list of births against
-- the register (SPEC 12), kept so that the screens can come back to it: derived data, replaced
-- whole by that account's next run, never a record of a register. Kept per account because a
-- run is made within its account's scope (a village clerk must not open a township's result).
-- Its rows are the output's columns, in the output's order (seq), with what the clerk needs to
-- register a missing birth. The run itself is in the audit trail (action reconcile).
CREATE TABLE reconciliation (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    window_from TEXT,
    window_to TEXT,
    run_at TEXT NOT NULL,
    run_by TEXT NOT NULL,              -- the account's login
    left_out INTEGER NOT NULL DEFAULT 0 -- rows of the list outside the account's scope, not compared
);
CREATE INDEX reconciliation_by ON reconciliation(run_by);

CREATE TABLE reconciliation_row (
    reconciliation_id INTEGER NOT NULL REFERENCES reconciliation(id),
    seq INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('matched', 'conflict', 'missing', 'unlisted')),
    tier TEXT CHECK (tier IN ('certificate', 'mother_id', 'name')),
    source_line INTEGER,
    register_id INTEGER,
    certificate_no TEXT,
    child_name TEXT,
    child_sex TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    mother_name TEXT NOT NULL,
    mother_id_number TEXT,
    area_code TEXT,
    differences TEXT,
    child_id_number TEXT,
    address TEXT,
    facility TEXT,
    village TEXT,
    PRIMARY KEY (reconciliation_id, seq)
) WITHOUT ROWID;

-- A list's certificate numbers are looked up in the register whatever the birth date.
CREATE INDEX birth_certificate ON birth(certificate_no) WHERE certificate_no IS NOT NULL;

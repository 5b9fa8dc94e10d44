-- The registers of SPEC section 3. Every record has a stable id, created/updated
-- timestamps (real clock, ISO-8601 UTC), the user who last changed it, and a voided
-- flag with its reason: records are voided, never deleted. Dates are ISO text
-- (YYYY-MM-DD), months YYYY-MM, money integer fen, codes their canonical English code.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE area (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_code TEXT REFERENCES area(code),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
CREATE INDEX area_parent ON area(parent_code);

CREATE TABLE scheme (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    yearly_amount_fen INTEGER,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    id_number TEXT,
    name TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date TEXT NOT NULL,
    area_code TEXT NOT NULL REFERENCES area(code),
    household_no TEXT,
    residence TEXT NOT NULL CHECK (residence IN ('resident', 'inflow', 'outflow')),
    marital_status TEXT CHECK (marital_status IN ('single', 'married', 'divorced', 'widowed')),
    phone TEXT,
    died_on TEXT,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
-- An ID number appears on at most one living person (SPEC 4).
CREATE UNIQUE INDEX person_living_id ON person(id_number)
    WHERE id_number IS NOT NULL AND died_on IS NULL AND voided = 0;
CREATE INDEX person_id_number ON person(id_number);
CREATE INDEX person_area ON person(area_code, sex, birth_date);
CREATE INDEX person_household ON person(household_no);

CREATE TABLE birth (
    id INTEGER PRIMARY KEY,
    child_name TEXT,
    child_sex TEXT NOT NULL CHECK (child_sex IN ('M', 'F')),
    birth_date TEXT NOT NULL,
    birth_order INTEGER NOT NULL CHECK (birth_order BETWEEN 1 AND 20),
    mother_id_number TEXT,
    mother_name TEXT NOT NULL,
    father_id_number TEXT,
    area_code TEXT NOT NULL REFERENCES area(code),
    place TEXT CHECK (place IN ('hospital', 'home', 'other')),
    certificate_no TEXT,
    registered_on TEXT NOT NULL,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
CREATE INDEX birth_area_date ON birth(area_code, birth_date);
CREATE INDEX birth_area_registered ON birth(area_code, registered_on);
CREATE INDEX birth_mother ON birth(mother_id_number, birth_date);
CREATE INDEX birth_mother_name ON birth(mother_name, birth_date);

CREATE TABLE death (
    id INTEGER PRIMARY KEY,
    id_number TEXT,
    name TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    death_date TEXT NOT NULL,
    area_code TEXT NOT NULL REFERENCES area(code),
    registered_on TEXT NOT NULL,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
CREATE INDEX death_area_date ON death(area_code, death_date);

CREATE TABLE marriage (
    id INTEGER PRIMARY KEY,
    woman_id_number TEXT,
    woman_name TEXT NOT NULL,
    man_id_number TEXT,
    man_name TEXT NOT NULL,
    marriage_date TEXT NOT NULL,
    first_marriage_woman TEXT NOT NULL CHECK (first_marriage_woman IN ('Y', 'N')),
    area_code TEXT NOT NULL REFERENCES area(code),
    registered_on TEXT NOT NULL,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
CREATE INDEX marriage_area_date ON marriage(area_code, marriage_date);

CREATE TABLE migration (
    id INTEGER PRIMARY KEY,
    id_number TEXT,
    name TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date TEXT,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    move_date TEXT NOT NULL,
    area_code TEXT NOT NULL REFERENCES area(code),
    counterpart TEXT,
    registered_on TEXT NOT NULL,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
CREATE INDEX migration_area_date ON migration(area_code, move_date);

CREATE TABLE benefit (
    id INTEGER PRIMARY KEY,
    id_number TEXT,
    name TEXT NOT NULL,
    area_code TEXT NOT NULL REFERENCES area(code),
    scheme TEXT NOT NULL REFERENCES scheme(code),
    month TEXT NOT NULL,
    amount_due_fen INTEGER NOT NULL CHECK (amount_due_fen >= 0),
    amount_paid_fen INTEGER NOT NULL CHECK (amount_paid_fen >= 0),
    paid_on TEXT,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
CREATE INDEX benefit_area_month ON benefit(area_code, month);

CREATE TABLE visit (
    id INTEGER PRIMARY KEY,
    household_no TEXT,
    area_code TEXT NOT NULL REFERENCES area(code),
    visit_date TEXT NOT NULL,
    visitor TEXT NOT NULL,
    purpose TEXT,
    notes TEXT,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
CREATE INDEX visit_area_date ON visit(area_code, visit_date);

CREATE TABLE population (
    id INTEGER PRIMARY KEY,
    area_code TEXT NOT NULL REFERENCES area(code),
    as_of TEXT NOT NULL,
    population INTEGER NOT NULL CHECK (population >= 0),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT
);
CREATE UNIQUE INDEX population_area_date ON population(area_code, as_of) WHERE voided = 0;

-- Closing a month freezes its tally as submitted; reopening is explicit and recorded.
CREATE TABLE month_close (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    closed_at TEXT NOT NULL,
    closed_by TEXT,
    reopened_at TEXT,
    reopened_by TEXT,
    reopen_reason TEXT
);
CREATE UNIQUE INDEX month_close_open ON month_close(month) WHERE reopened_at IS NULL;

CREATE TABLE frozen_figure (
    close_id INTEGER NOT NULL REFERENCES month_close(id),
    area_code TEXT NOT NULL,
    indicator TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (close_id, area_code, indicator)
) WITHOUT ROWID;

-- Import speed (issue 8), measured on a million persons.
--
-- 1. A choice of three or more values checked as `x IN ('a', 'b', 'c')` makes SQLite build a
--    small temporary index and search it for every row it writes: 2-3 s of processor time per
--    million persons on the thread that writes (residence and marital status), the largest single
--    part of SQLite's work in an import. The same rule written as `x = 'a' OR x = 'b' OR ...`
--    costs next to nothing (3.4-3.6 s against 5.6-7.1 s for the whole insert of a million rows).
--    SQLite cannot change a CHECK in place, so the two tables whose checks have such lists
--    (persons: residence, marital status; births: place) are made again with the same columns in
--    the same order, the rows copied with their ids, and their indexes built again. (Two-value
--    lists such as sex IN ('M', 'F') are already compared directly by SQLite; they stay.)
-- 2. person_household is dropped: nothing reads it. A search by household number is a `LIKE`
--    (case-insensitive, which a plain index cannot serve) in an OR with the name's search key, so
--    it scans the table either way (EXPLAIN QUERY PLAN: SCAN person), and no other query asks for
--    a household. Building it cost 0.6-0.7 s of every large import and 18 MB per million persons.
--    A lookup by household, should one come, would add the index it needs.

CREATE TABLE person_rebuilt (
    id INTEGER PRIMARY KEY,
    id_number TEXT,
    name TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date TEXT NOT NULL,
    area_code TEXT NOT NULL REFERENCES area(code),
    household_no TEXT,
    residence TEXT NOT NULL CHECK (residence = 'resident' OR residence = 'inflow' OR residence = 'outflow'),
    marital_status TEXT CHECK (marital_status = 'single' OR marital_status = 'married'
                               OR marital_status = 'divorced' OR marital_status = 'widowed'),
    phone TEXT,
    died_on TEXT,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT,
    version INTEGER NOT NULL DEFAULT 1, name_sort TEXT
);
INSERT INTO person_rebuilt (id, id_number, name, sex, birth_date, area_code, household_no, residence,
                            marital_status, phone, died_on, search_key, created_at, updated_at, changed_by,
                            voided, void_reason, version, name_sort)
SELECT id, id_number, name, sex, birth_date, area_code, household_no, residence,
       marital_status, phone, died_on, search_key, created_at, updated_at, changed_by,
       voided, void_reason, version, name_sort
FROM person;
DROP TABLE person;
ALTER TABLE person_rebuilt RENAME TO person;
CREATE INDEX person_area ON person(area_code, sex, birth_date, residence, died_on, voided);
CREATE UNIQUE INDEX person_id ON person(id_number, (CASE WHEN died_on IS NULL AND voided = 0 THEN 0 ELSE id END));

CREATE TABLE birth_rebuilt (
    id INTEGER PRIMARY KEY,
    child_name TEXT,
    child_sex TEXT NOT NULL CHECK (child_sex IN ('M', 'F')),
    birth_date TEXT NOT NULL,
    birth_order INTEGER NOT NULL CHECK (birth_order BETWEEN 1 AND 20),
    mother_id_number TEXT,
    mother_name TEXT NOT NULL,
    father_id_number TEXT,
    area_code TEXT NOT NULL REFERENCES area(code),
    place TEXT CHECK (place = 'hospital' OR place = 'home' OR place = 'other'),
    certificate_no TEXT,
    registered_on TEXT NOT NULL,
    search_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, changed_by TEXT,
    voided INTEGER NOT NULL DEFAULT 0, void_reason TEXT,
    version INTEGER NOT NULL DEFAULT 1, child_name_sort TEXT, mother_name_sort TEXT
);
INSERT INTO birth_rebuilt (id, child_name, child_sex, birth_date, birth_order, mother_id_number, mother_name,
                           father_id_number, area_code, place, certificate_no, registered_on, search_key,
                           created_at, updated_at, changed_by, voided, void_reason, version, child_name_sort,
                           mother_name_sort)
SELECT id, child_name, child_sex, birth_date, birth_order, mother_id_number, mother_name,
       father_id_number, area_code, place, certificate_no, registered_on, search_key,
       created_at, updated_at, changed_by, voided, void_reason, version, child_name_sort,
       mother_name_sort
FROM birth;
DROP TABLE birth;
ALTER TABLE birth_rebuilt RENAME TO birth;
CREATE INDEX birth_area_date ON birth(area_code, birth_date);
CREATE INDEX birth_area_registered ON birth(area_code, registered_on);
CREATE INDEX birth_mother ON birth(mother_id_number, birth_date);
CREATE INDEX birth_mother_name ON birth(mother_name, birth_date);
CREATE INDEX birth_certificate ON birth(certificate_no) WHERE certificate_no IS NOT NULL;

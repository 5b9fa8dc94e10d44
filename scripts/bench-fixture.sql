-- A large county for the report benchmark, made by SQL alone (used when the demo generator
-- is not available): 20 townships x 15 villages, :persons persons, and about what a county
-- of that size registers in five years. Deterministic for a given SQLite build is NOT
-- promised (random()); the benchmark compares two computations on the same file.
-- Run: sqlite3 DB ".param set :persons 1000000" ".read scripts/bench-fixture.sql"
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
INSERT INTO area (code, name, parent_code, created_at, updated_at)
    VALUES ('990101', '示范县', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 20)
INSERT INTO area (code, name, parent_code, created_at, updated_at)
    SELECT '990101' || (100 + n), '镇' || n, '990101', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM t;
WITH RECURSIVE v(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM v WHERE n < 15)
INSERT INTO area (code, name, parent_code, created_at, updated_at)
    SELECT a.code || (200 + v.n), a.name || '村' || v.n, a.code, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM area a, v WHERE length(a.code) = 9;
CREATE TEMP TABLE village (i INTEGER PRIMARY KEY, code TEXT);
INSERT INTO village SELECT row_number() OVER (ORDER BY code) - 1, code FROM area WHERE length(code) = 12;
CREATE TEMP TABLE day (i INTEGER PRIMARY KEY, day TEXT);
WITH RECURSIVE d(i, day) AS (SELECT 0, '2021-11-01' UNION ALL SELECT i + 1, date(day, '+1 day') FROM d WHERE i < 1849)
INSERT INTO day SELECT i, day FROM d;

WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < :persons)
INSERT INTO person (name, sex, birth_date, area_code, household_no, residence, died_on, created_at, updated_at)
    SELECT '居民' || n, CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
           date('1936-01-01', '+' || (abs(random()) % 32800) || ' days'),
           (SELECT code FROM village WHERE i = n % 300), 'H' || (n / 3),
           CASE abs(random()) % 10 WHEN 0 THEN 'outflow' WHEN 1 THEN 'inflow' ELSE 'resident' END,
           CASE WHEN abs(random()) % 40 = 0 THEN date('2021-11-01', '+' || (abs(random()) % 1850) || ' days') END,
           '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM p;

-- Births: about 9 per 1000 persons a year.
WITH RECURSIVE b(n, r1, r2) AS (SELECT 1, abs(random()), abs(random())
    UNION ALL SELECT n + 1, abs(random()), abs(random()) FROM b WHERE n < :persons * 45 / 1000)
INSERT INTO birth (child_name, child_sex, birth_date, birth_order, mother_name, area_code, registered_on, created_at, updated_at)
    SELECT '婴' || n, CASE WHEN abs(random()) % 100 < 52 THEN 'M' ELSE 'F' END, d.day,
           CASE abs(random()) % 10 WHEN 0 THEN 3 WHEN 1 THEN 4 WHEN 2 THEN 2 WHEN 3 THEN 2 WHEN 4 THEN 2 ELSE 1 END,
           '母' || n, v.code,
           min(date(d.day, '+' || (abs(random()) % 60) || ' days'), '2026-11-24'),
           '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM b JOIN day d ON d.i = b.r1 % 1850 JOIN village v ON v.i = b.r2 % 300;
WITH RECURSIVE b(n, r1, r2) AS (SELECT 1, abs(random()), abs(random())
    UNION ALL SELECT n + 1, abs(random()), abs(random()) FROM b WHERE n < :persons * 35 / 1000)
INSERT INTO death (name, sex, death_date, area_code, registered_on, created_at, updated_at)
    SELECT '逝' || n, 'M', d.day, v.code, d.day,
           '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM b JOIN day d ON d.i = b.r1 % 1850 JOIN village v ON v.i = b.r2 % 300;
WITH RECURSIVE b(n, r1, r2) AS (SELECT 1, abs(random()), abs(random())
    UNION ALL SELECT n + 1, abs(random()), abs(random()) FROM b WHERE n < :persons * 30 / 1000)
INSERT INTO marriage (woman_name, man_name, marriage_date, first_marriage_woman, area_code, registered_on, created_at, updated_at)
    SELECT '女' || n, '男' || n, d.day, CASE WHEN n % 5 = 0 THEN 'N' ELSE 'Y' END,
           v.code, d.day, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM b JOIN day d ON d.i = b.r1 % 1850 JOIN village v ON v.i = b.r2 % 300;
WITH RECURSIVE b(n, r1, r2) AS (SELECT 1, abs(random()), abs(random())
    UNION ALL SELECT n + 1, abs(random()), abs(random()) FROM b WHERE n < :persons * 50 / 1000)
INSERT INTO migration (id_number, name, sex, birth_date, direction, move_date, area_code, counterpart, registered_on, created_at, updated_at)
    SELECT CASE WHEN n % 7 = 0 THEN NULL ELSE '11010519491231002X' END, '流' || n, 'F',
           CASE WHEN n % 11 = 0 THEN NULL ELSE '1990-01-01' END, CASE WHEN n % 2 = 0 THEN 'in' ELSE 'out' END,
           d.day, v.code, CASE WHEN n % 13 = 0 THEN NULL ELSE '外省' END,
           d.day, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM b JOIN day d ON d.i = b.r1 % 1850 JOIN village v ON v.i = b.r2 % 300;
WITH RECURSIVE b(n, r1, r2) AS (SELECT 1, abs(random()), abs(random())
    UNION ALL SELECT n + 1, abs(random()), abs(random()) FROM b WHERE n < :persons * 150 / 1000)
INSERT INTO benefit (name, area_code, scheme, month, amount_due_fen, amount_paid_fen, created_at, updated_at)
    SELECT '领' || n, v.code, 'childcare', substr(d.day, 1, 7),
           30000, CASE WHEN n % 9 = 0 THEN 15000 ELSE 30000 END, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM b JOIN day d ON d.i = b.r1 % 1850 JOIN village v ON v.i = b.r2 % 300;
WITH RECURSIVE b(n, r1, r2) AS (SELECT 1, abs(random()), abs(random())
    UNION ALL SELECT n + 1, abs(random()), abs(random()) FROM b WHERE n < :persons * 200 / 1000)
INSERT INTO visit (household_no, area_code, visit_date, visitor, created_at, updated_at)
    SELECT CASE WHEN n % 10 = 0 THEN NULL ELSE 'H' || (abs(random()) % 3000) END,
           v.code, d.day, '走访员',
           '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM b JOIN day d ON d.i = b.r1 % 1850 JOIN village v ON v.i = b.r2 % 300;
WITH RECURSIVE y(n) AS (SELECT 2021 UNION ALL SELECT n + 1 FROM y WHERE n < 2026)
INSERT INTO population (area_code, as_of, population, created_at, updated_at)
    SELECT v.code, y.n || '-01-01', 3000 + abs(random()) % 1000, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM village v, y;
COMMIT;
ANALYZE;

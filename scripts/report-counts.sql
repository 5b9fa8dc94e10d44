-- The counts of the tally for one period, per village, in plain SQL for the sqlite3 shell:
-- the baseline of scripts/bench-report.sh. Parameters (set with .param set, text quoted):
-- :start :end (YYYY-MM-DD), :start_month :end_month (YYYY-MM), :sy_start (first day of the
-- statistical year containing :start), :born_from :born_to (birth dates of women aged 15-49
-- on :end), :timely_days.
SELECT area_code,
       sum(birth_date BETWEEN :start AND :end),
       sum(birth_date BETWEEN :start AND :end AND child_sex = 'M'),
       sum(birth_date BETWEEN :start AND :end AND child_sex = 'F'),
       sum(birth_date BETWEEN :start AND :end AND birth_order = 1),
       sum(birth_date BETWEEN :start AND :end AND birth_order = 2),
       sum(birth_date BETWEEN :start AND :end AND birth_order >= 3),
       sum(birth_date BETWEEN :start AND :end AND birth_order = 1 AND child_sex = 'M'),
       sum(birth_date BETWEEN :start AND :end AND birth_order = 1 AND child_sex = 'F'),
       sum(birth_date BETWEEN :start AND :end AND birth_order = 2 AND child_sex = 'M'),
       sum(birth_date BETWEEN :start AND :end AND birth_order = 2 AND child_sex = 'F'),
       sum(birth_date BETWEEN :start AND :end AND birth_order >= 3 AND child_sex = 'M'),
       sum(birth_date BETWEEN :start AND :end AND birth_order >= 3 AND child_sex = 'F'),
       sum(birth_date BETWEEN :start AND :end AND registered_on <= date(birth_date, '+' || :timely_days || ' days')),
       sum(registered_on BETWEEN :start AND :end AND birth_date < :sy_start)
FROM birth WHERE voided = 0 GROUP BY area_code;

SELECT area_code, count(*) FROM death
WHERE voided = 0 AND death_date BETWEEN :start AND :end GROUP BY area_code;

SELECT area_code, count(*) FROM marriage
WHERE voided = 0 AND marriage_date BETWEEN :start AND :end AND first_marriage_woman = 'Y' GROUP BY area_code;

SELECT area_code, count(*) FROM person
WHERE voided = 0 AND sex = 'F' AND birth_date BETWEEN :born_from AND :born_to
  AND residence <> 'outflow' AND (died_on IS NULL OR died_on > :end)
GROUP BY area_code;

SELECT area_code,
       sum(move_date BETWEEN :start AND :end AND direction = 'in'),
       sum(move_date BETWEEN :start AND :end AND direction = 'out'),
       sum(move_date <= :end AND direction = 'in'),
       sum(move_date <= :end AND direction = 'in' AND coalesce(id_number, '') <> ''
           AND coalesce(birth_date, '') <> '' AND coalesce(counterpart, '') <> '')
FROM migration WHERE voided = 0 GROUP BY area_code;

SELECT area_code, count(*), sum(amount_paid_fen >= amount_due_fen), sum(amount_due_fen), sum(amount_paid_fen)
FROM benefit WHERE voided = 0 AND month BETWEEN :start_month AND :end_month GROUP BY area_code;

SELECT area_code, count(*), count(DISTINCT CASE WHEN coalesce(household_no, '') <> '' THEN household_no END)
FROM visit WHERE voided = 0 AND visit_date BETWEEN :start AND :end GROUP BY area_code;

SELECT p.area_code, p.population FROM population p
JOIN (SELECT area_code, max(as_of) AS as_of FROM population WHERE voided = 0 AND as_of <= :end GROUP BY area_code) l
  ON l.area_code = p.area_code AND l.as_of = p.as_of
WHERE p.voided = 0;

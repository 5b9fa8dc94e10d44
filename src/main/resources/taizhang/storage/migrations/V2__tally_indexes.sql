-- Indexes that let the tally count without reading the tables: each keeps the leading
-- columns of the index it replaces (so every other query still finds it) and adds the
-- columns the tally's counts read, voided included. On a million-person county a
-- year-to-date report with last year's figures went from about 0.9 s to 0.3 s of queries.

-- women aged 15-49 per village (SPEC 6)
DROP INDEX person_area;
CREATE INDEX person_area ON person(area_code, sex, birth_date, residence, died_on, voided);

-- benefit counts and amounts due and paid per month
DROP INDEX benefit_area_month;
CREATE INDEX benefit_area_month ON benefit(area_code, month, amount_due_fen, amount_paid_fen, voided);

-- visits and distinct households visited
DROP INDEX visit_area_date;
CREATE INDEX visit_area_date ON visit(area_code, visit_date, household_no, voided);

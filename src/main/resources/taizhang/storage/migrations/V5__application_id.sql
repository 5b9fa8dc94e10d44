-- SPEC 10: the file says it is taizhang's (SQLite's application id, "TZDB"), so that another
-- program's SQLite file is refused by name instead of being given taizhang's tables.
PRAGMA application_id = 1415201858;

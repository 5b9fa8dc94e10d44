-- Figures as they were last counted, with the audit trail's last change they were counted at
-- (storage/KeptFigures.java): home's, on a start with nothing changed since, are shown at once
-- instead of being counted again. Not a register: nothing here is exported, reported or audited;
-- emptying the table loses nothing but the time to count again.
CREATE TABLE kept_figures (
    key TEXT PRIMARY KEY,
    change INTEGER NOT NULL,
    figures TEXT NOT NULL
);

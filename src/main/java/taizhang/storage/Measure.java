package taizhang.storage;

/**
 * The summable counts behind the tally, each defined ONCE as a table and an SQL predicate
 * over one record. The grouped count of the report and the list of ids of a drill-down are
 * both built from the same predicate, so they cannot disagree. Named parameters:
 * {@code :start}, {@code :end} (the period's days), {@code :start_month}, {@code :end_month}
 * (its months, for benefits), {@code :sy_start} (first day of the statistical year that
 * contains the period's start), {@code :born_from}, {@code :born_to} (birth dates of women
 * aged 15-49 at the end) and {@code :timely_days}.
 */
public enum Measure {
    BIRTHS("birth", "birth_date BETWEEN :start AND :end"),
    BIRTHS_MALE("birth", "birth_date BETWEEN :start AND :end AND child_sex = 'M'"),
    BIRTHS_FEMALE("birth", "birth_date BETWEEN :start AND :end AND child_sex = 'F'"),
    BIRTHS_ORDER1("birth", "birth_date BETWEEN :start AND :end AND birth_order = 1"),
    BIRTHS_ORDER2("birth", "birth_date BETWEEN :start AND :end AND birth_order = 2"),
    BIRTHS_ORDER3PLUS("birth", "birth_date BETWEEN :start AND :end AND birth_order >= 3"),
    BIRTHS_ORDER1_MALE("birth", "birth_date BETWEEN :start AND :end AND birth_order = 1 AND child_sex = 'M'"),
    BIRTHS_ORDER1_FEMALE("birth", "birth_date BETWEEN :start AND :end AND birth_order = 1 AND child_sex = 'F'"),
    BIRTHS_ORDER2_MALE("birth", "birth_date BETWEEN :start AND :end AND birth_order = 2 AND child_sex = 'M'"),
    BIRTHS_ORDER2_FEMALE("birth", "birth_date BETWEEN :start AND :end AND birth_order = 2 AND child_sex = 'F'"),
    BIRTHS_ORDER3PLUS_MALE("birth", "birth_date BETWEEN :start AND :end AND birth_order >= 3 AND child_sex = 'M'"),
    BIRTHS_ORDER3PLUS_FEMALE("birth", "birth_date BETWEEN :start AND :end AND birth_order >= 3 AND child_sex = 'F'"),
    /** Registered within timely_days of the birth (dates are ISO text, so text order is date order). */
    BIRTHS_TIMELY("birth", "birth_date BETWEEN :start AND :end"
            + " AND registered_on <= date(birth_date, '+' || :timely_days || ' days')"),
    /** 补报往年出生: registered in the period, born before its statistical year. */
    LATE_BIRTHS("birth", "registered_on BETWEEN :start AND :end AND birth_date < :sy_start"),
    DEATHS("death", "death_date BETWEEN :start AND :end",
            new Range("death_date", "start", "end", null)),
    FIRST_MARRIAGES_WOMEN("marriage", "marriage_date BETWEEN :start AND :end AND first_marriage_woman = 'Y'",
            new Range("marriage_date", "start", "end", null)),
    WOMEN_15_49("person", "sex = 'F' AND birth_date BETWEEN :born_from AND :born_to"
            + " AND residence <> 'outflow' AND (died_on IS NULL OR died_on > :end)",
            new Range("birth_date", "born_from", "born_to", "sex = 'F'")),
    MIGRANTS_IN("migration", "move_date BETWEEN :start AND :end AND direction = 'in'"),
    MIGRANTS_OUT("migration", "move_date BETWEEN :start AND :end AND direction = 'out'"),
    /** Moves in up to the period's end: the base of migrant_complete_pct. */
    MIGRANTS_IN_KNOWN("migration", "move_date <= :end AND direction = 'in'"),
    MIGRANTS_IN_COMPLETE("migration", "move_date <= :end AND direction = 'in'"
            + " AND coalesce(id_number, '') <> '' AND coalesce(birth_date, '') <> ''"
            + " AND coalesce(counterpart, '') <> ''"),
    BENEFIT_DUE_COUNT("benefit", "month BETWEEN :start_month AND :end_month",
            new Range("month", "start_month", "end_month", null)),
    BENEFIT_PAID_COUNT("benefit", "month BETWEEN :start_month AND :end_month AND amount_paid_fen >= amount_due_fen",
            new Range("month", "start_month", "end_month", null)),
    BENEFIT_DUE_FEN("benefit", "month BETWEEN :start_month AND :end_month", Aggregate.SUM, "amount_due_fen",
            new Range("month", "start_month", "end_month", null)),
    BENEFIT_PAID_FEN("benefit", "month BETWEEN :start_month AND :end_month", Aggregate.SUM, "amount_paid_fen",
            new Range("month", "start_month", "end_month", null)),
    VISITS("visit", "visit_date BETWEEN :start AND :end",
            new Range("visit_date", "start", "end", null)),
    /** Distinct households of a village: summing villages gives distinct (area_code, household_no). */
    HOUSEHOLDS_VISITED("visit", "visit_date BETWEEN :start AND :end AND coalesce(household_no, '') <> ''",
            Aggregate.DISTINCT, "household_no",
            new Range("visit_date", "start", "end", null));

    /** How the matching records of a village are turned into one number. */
    public enum Aggregate { COUNT, SUM, DISTINCT }

    /**
     * A range the predicate implies ({@code [fixed AND] column BETWEEN :low AND :high}, fixed
     * being a condition that is the same in every period): it lets one scan of that range
     * count several periods when their ranges leave no gap (a period and the same period last
     * year overlapping, or home's twelve months one after another).
     */
    record Range(String column, String low, String high, String fixed) {
        // Written out: a record's own equals and hashCode are made at their first call by method
        // handles that the class-data archive cannot keep, ~30-90 ms on the way to home's figures.
        @Override
        public boolean equals(Object o) {
            return o instanceof Range r && column.equals(r.column) && low.equals(r.low) && high.equals(r.high)
                    && java.util.Objects.equals(fixed, r.fixed);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(column, low, high, fixed);
        }
    }

    private final String table;
    private final String predicate;
    private final Aggregate aggregate;
    private final String column;
    private final Range range;

    Measure(String table, String predicate) {
        this(table, predicate, Aggregate.COUNT, null, null);
    }

    Measure(String table, String predicate, Range range) {
        this(table, predicate, Aggregate.COUNT, null, range);
    }

    Measure(String table, String predicate, Aggregate aggregate, String column) {
        this(table, predicate, aggregate, column, null);
    }

    Measure(String table, String predicate, Aggregate aggregate, String column, Range range) {
        this.table = table;
        this.predicate = predicate;
        this.aggregate = aggregate;
        this.column = column;
        this.range = range;
    }

    /** The range this measure's predicate implies, or null. */
    Range range() {
        return range;
    }

    public String table() {
        return table;
    }

    public String predicate() {
        return predicate;
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    /** The expression that gives this measure for one village, in a query grouped by area_code. */
    String aggregateSql() {
        return switch (aggregate) {
            case COUNT -> "coalesce(sum(CASE WHEN " + predicate + " THEN 1 ELSE 0 END), 0)";
            case SUM -> "coalesce(sum(CASE WHEN " + predicate + " THEN " + column + " ELSE 0 END), 0)";
            case DISTINCT -> "count(DISTINCT CASE WHEN " + predicate + " THEN " + column + " END)";
        };
    }

    /**
     * The ids of the records behind this measure in the given villages: every matching record,
     * except for distinct households, where each household is represented by its first visit.
     */
    String idSql() {
        String where = " WHERE voided = 0 AND area_code IN (<villages>) AND " + predicate;
        if (aggregate == Aggregate.DISTINCT) {
            return "SELECT min(id) FROM " + table + where + " GROUP BY area_code, " + column + " ORDER BY 1";
        }
        return "SELECT id FROM " + table + where + " ORDER BY id";
    }
}

package taizhang.tally;

import java.math.BigDecimal;
import java.util.List;
import taizhang.domain.DateRange;
import taizhang.domain.Period;

/**
 * A tally as data: rows of areas in tree order, each with one value per {@link Column#ALL}
 * (null = empty, undefined). Rendering (CSV, XLSX, table, screen) comes after.
 */
public record Report(Period period, DateRange range, DateRange lastYear, List<Row> rows) {

    /** One area's figures, aligned with {@link Column#ALL}. */
    public record Row(AreaTree.Area area, List<BigDecimal> values) {
        public BigDecimal value(Column column) {
            return values.get(Column.ALL.indexOf(column));
        }

        public BigDecimal value(Indicator indicator) {
            return value(new Column(indicator, Column.Variant.VALUE));
        }

        /** The value as written in the CSV report. */
        public String text(Column column) {
            return column.format(value(column));
        }
    }

    /** The row of an area, or null when the report does not hold it. */
    public Row row(String areaCode) {
        for (Row r : rows) {
            if (r.area().code().equals(areaCode)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The rows no other row of the report sums up, in tree order: the area asked for, or, for an
     * account whose scope is several areas (a township and a village of another), each of them,
     * since a report holds a township or county row only when the whole area is in scope.
     */
    public List<Row> tops() {
        java.util.Set<String> held = new java.util.HashSet<>();
        rows.forEach(r -> held.add(r.area().code()));
        return rows.stream().filter(r -> !held.contains(r.area().parentCode())).toList();
    }
}

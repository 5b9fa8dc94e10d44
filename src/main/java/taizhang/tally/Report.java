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

    /** The last row: the area the report was asked for. */
    public Row total() {
        return rows.get(rows.size() - 1);
    }
}

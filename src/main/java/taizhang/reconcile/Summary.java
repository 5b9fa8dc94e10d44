package taizhang.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.Ratio;

/**
 * A reconciliation's summary per village and in total (SPEC 12): rows on the list, matched,
 * conflicts, missing, unlisted, and completeness = (matched + conflicts) ÷ on the list × 100.
 */
public final class Summary {
    private Summary() {
    }

    /** One village's counts (area code "" for rows of the list that name no village), or the total's (null). */
    public record Line(String areaCode, String areaName, int onList, int matched, int conflicts, int missing,
                       int unlisted) {

        /** Registered share of the list, 2 decimals, half away from zero; null when nothing is on the list. */
        public BigDecimal completeness() {
            return Ratio.of(matched + conflicts, onList, 100, 2);
        }

        public boolean total() {
            return areaCode == null;
        }

        /** The values of {@link #COLUMNS}, the total's line named {@code total} (in the headers' language). */
        public Object[] values(String total) {
            return new Object[] {total() ? total : areaCode, areaName, onList, matched, conflicts, missing, unlisted,
                completeness()};
        }

        Line plus(Row row) {
            Status s = row.status();
            return new Line(areaCode, areaName, onList + (s == Status.UNLISTED ? 0 : 1),
                    matched + (s == Status.MATCHED ? 1 : 0), conflicts + (s == Status.CONFLICT ? 1 : 0),
                    missing + (s == Status.MISSING ? 1 : 0), unlisted + (s == Status.UNLISTED ? 1 : 0));
        }
    }

    public static final List<Field> COLUMNS = List.of(
            Field.of("area_code", "村居代码", FieldType.TEXT, false),
            Field.of("area_name", "名称", FieldType.TEXT, false),
            Field.of("on_list", "名单数", FieldType.COUNT, true),
            Field.of("matched", "一致", FieldType.COUNT, true),
            Field.of("conflicts", "有差异", FieldType.COUNT, true),
            Field.of("missing", "漏报", FieldType.COUNT, true),
            Field.of("unlisted", "名单外", FieldType.COUNT, true),
            Field.of("completeness_pct", "登记完整率%", FieldType.TEXT, false));

    /**
     * The villages in code order (rows naming no village last, under code ""), then the total.
     * {@code areaName} gives a village's name, or null.
     */
    public static List<Line> of(List<Row> rows, Function<String, String> areaName) {
        Map<String, Line> villages = new TreeMap<>((a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : 1)
                : b.isEmpty() ? -1 : a.compareTo(b));
        for (Row row : rows) {
            String code = row.village() == null ? "" : row.village();
            Line line = villages.computeIfAbsent(code, c -> new Line(c, c.isEmpty() ? null : areaName.apply(c),
                    0, 0, 0, 0, 0));
            villages.put(code, line.plus(row));
        }
        List<Line> out = new ArrayList<>(villages.values());
        out.add(total(rows));
        return out;
    }

    /** The total line alone: every row counted. */
    public static Line total(List<Row> rows) {
        Line total = new Line(null, null, 0, 0, 0, 0, 0);
        for (Row row : rows) {
            total = total.plus(row);
        }
        return total;
    }

    /** The lines' values under {@link #COLUMNS}, for a writer; {@code total} names the total's line. */
    public static List<Object[]> values(List<Line> lines, String total) {
        return lines.stream().map(l -> l.values(total)).toList();
    }
}

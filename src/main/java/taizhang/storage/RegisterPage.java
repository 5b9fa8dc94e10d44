package taizhang.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.Register;
import taizhang.domain.SearchKey;

/**
 * A register read a page at a time for the screens: keyset paging on (sort value, id), so
 * that the millionth row costs what the first does, never OFFSET and never the whole table.
 * Filters (area, period of the register's main date, search) are bound parameters.
 */
public final class RegisterPage {
    private final Database db;

    public RegisterPage(Database db) {
        this.db = db;
    }

    /**
     * What the clerk narrowed the register to; null parts do not narrow. {@code ids}: only these
     * records (the ones behind a figure of the tally), still paged, searched and sorted like any.
     * {@code voided}: the voided records instead of the live ones (to restore one).
     */
    public record Filter(String areaPrefix, LocalDate from, LocalDate to, String search, List<Long> ids,
                         boolean voided) {
        public static final Filter NONE = new Filter(null, null, null, null, null, false);

        public Filter withArea(String prefix) {
            return new Filter(prefix, from, to, search, ids, voided);
        }

        public Filter withPeriod(LocalDate start, LocalDate end) {
            return new Filter(areaPrefix, start, end, search, ids, voided);
        }

        public Filter withSearch(String term) {
            return new Filter(areaPrefix, from, to, term == null || term.isBlank() ? null : term.strip(), ids, voided);
        }

        /** The voided records (or, again, the live ones). */
        public Filter withVoided(boolean shown) {
            return new Filter(areaPrefix, from, to, search, ids, shown);
        }

        public static Filter only(List<Long> ids) {
            return new Filter(null, null, null, null, List.copyOf(ids), false);
        }

        /** The same records without village, period or search. */
        public Filter cleared() {
            return new Filter(null, null, null, null, ids, voided);
        }
    }

    /** The order of rows: by a field (null: the order entered), then by id. */
    public record Sort(String fieldKey, boolean descending) {
        public static final Sort ENTERED = new Sort(null, false);
    }

    /**
     * One row of a page; {@code key} is its sort value, the other half of the keyset;
     * {@code version} is what a form opened on it remembers (SPEC 10).
     */
    public record Row(long id, Entry entry, Object key, long version) {
    }

    /** The field a period filter applies to, or null for registers without one. */
    public static String mainDate(Register r) {
        return switch (r) {
            case PERSONS, BIRTHS -> "birth_date";
            case DEATHS -> "death_date";
            case MARRIAGES -> "marriage_date";
            case MIGRATIONS -> "move_date";
            case BENEFITS -> "month";
            case VISITS -> "visit_date";
            case POPULATION -> "as_of";
            case AREAS, SCHEMES -> null;
        };
    }

    public List<Row> first(Register r, Filter f, Sort s, int n) {
        return fetch(r, f, s, null, true, true, n);
    }

    public List<Row> last(Register r, Filter f, Sort s, int n) {
        return fetch(r, f, s, null, false, true, n);
    }

    /** Up to n rows after {@code anchor} (or from it, when inclusive), in display order. */
    public List<Row> after(Register r, Filter f, Sort s, Row anchor, boolean inclusive, int n) {
        return fetch(r, f, s, anchor, true, inclusive, n);
    }

    /** Up to n rows before {@code anchor}, in display order (the nearest last). */
    public List<Row> before(Register r, Filter f, Sort s, Row anchor, int n) {
        return fetch(r, f, s, anchor, false, false, n);
    }

    private List<Row> fetch(Register r, Filter f, Sort s, Row anchor, boolean forward, boolean inclusive, int n) {
        if (n <= 0) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String sql = select(r, f, s, anchor, forward, inclusive, n, params);
        List<Row> rows = new ArrayList<>(n);
        db.select(sql, params, rs -> {
            RegisterStore.Stored stored = Scoping.shown(db.account(), RegisterStore.read(r, rs));
            rows.add(new Row(stored.id(), stored.entry(), rs.getObject("sort_key"), stored.version()));
        });
        if (!forward) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * The page's SQL, its parameters added to {@code params}. Sorted by a field, the rows are
     * chosen by (sort value, id) alone and only the page's rows then read whole: SQLite's sorter
     * otherwise copied every row of the table that could still be on the page, which, when most
     * rows share a value (residence, sex), was nearly every row (2.4 s a page on a million persons).
     */
    String select(Register r, Filter f, Sort s, Row anchor, boolean forward, boolean inclusive, int n,
                  List<Object> params) {
        String key = sortExpression(r, s);
        boolean ascending = forward != s.descending();
        // `+voided`: no index may serve this term. Without statistics SQLite otherwise read a large
        // register through an index holding `voided` (benefit_area_month) and looked up every row
        // from there, several times slower than reading the table (4 s a page on 1.4 million benefits).
        StringBuilder where = new StringBuilder(f.voided() ? "+voided = 1 AND " : "+voided = 0 AND ");
        where.append(Scoping.condition(db.account(), r, params));
        String named = f.search() != null && !SearchKey.hasKey(r) ? namedCodes(r, f.search()) : null;
        filter(r, f, where, params, db.account().may(taizhang.domain.Role.Permission.SEE_FULL_NUMBERS), named);
        if (anchor != null) {
            String op = (ascending ? ">" : "<") + (inclusive ? "=" : "");
            if (key.equals("id")) {
                where.append(" AND id ").append(op).append(" ?");
            } else {
                where.append(" AND (").append(key).append(", id) ").append(op).append(" (?, ?)");
                params.add(anchor.key());
            }
            params.add(anchor.id());
        }
        String direction = ascending ? " ASC" : " DESC";
        if (key.equals("id")) {
            return "SELECT *, id AS sort_key FROM " + r.table() + " WHERE " + where
                    + " ORDER BY id" + direction + " LIMIT " + n;
        }
        String t = r.table();
        return "SELECT " + t + ".*, page.sort_key FROM (SELECT id, " + key + " AS sort_key FROM " + t
                + " WHERE " + where + " ORDER BY sort_key" + direction + ", id" + direction + " LIMIT " + n
                + ") AS page JOIN " + t + " ON " + t + ".id = page.id"
                + " ORDER BY page.sort_key" + direction + ", page.id" + direction;
    }

    /** The SQL the rows are ordered by; NULLs become a value that sorts first, so keysets compare. */
    static String sortExpression(Register r, Sort s) {
        if (s.fieldKey() == null) {
            return "id";
        }
        Field field = r.field(s.fieldKey());
        boolean numeric = field.type() == FieldType.MONEY || field.type() == FieldType.COUNT;
        String column = RegisterStore.sortedByPinyin(field) ? RegisterStore.sortColumn(field) : field.column();
        return "coalesce(" + column + (numeric ? ", -1)" : ", '')");
    }

    private static void filter(Register r, Filter f, StringBuilder where, List<Object> params, boolean fullNumbers,
                               String named) {
        if (f.areaPrefix() != null) {
            String column = r == Register.AREAS ? "code" : "area_code";
            // A range rather than LIKE so that the area index is used; ':' sorts right after '9'.
            where.append(" AND ").append(column).append(" >= ? AND ").append(column).append(" < ?");
            params.add(f.areaPrefix());
            params.add(f.areaPrefix() + ":");
        }
        String date = mainDate(r);
        if (date != null && (f.from() != null || f.to() != null)) {
            boolean month = r.field(date).type() == FieldType.MONTH;
            if (f.from() != null) {
                where.append(" AND ").append(date).append(" >= ?");
                params.add(month ? f.from().toString().substring(0, 7) : f.from().toString());
            }
            if (f.to() != null) {
                where.append(" AND ").append(date).append(" <= ?");
                params.add(month ? f.to().toString().substring(0, 7) : f.to().toString());
            }
        }
        if (f.search() != null) {
            search(r, f.search(), where, params, fullNumbers, named);
        }
        if (f.ids() != null) {
            // One parameter however many: a JSON array, unpacked by SQLite itself.
            where.append(" AND id IN (SELECT value FROM json_each(?))");
            StringBuilder json = new StringBuilder("[");
            for (Long id : f.ids()) {
                json.append(json.length() == 1 ? "" : ",").append(id);
            }
            params.add(json.append(']').toString());
        }
    }

    /** Name or pinyin initials (the search key), ID number, household number, or code. */
    /**
     * Part of an ID number finds the records holding it, except for a role that sees numbers
     * masked: that would let it read a number digit by digit, so it must give the whole number.
     */
    private static void search(Register r, String term, StringBuilder where, List<Object> params,
                               boolean fullNumbers, String named) {
        String lower = term.toLowerCase(Locale.ROOT);
        String like = "%" + escape(lower) + "%";
        List<String> tests = new ArrayList<>();
        if (SearchKey.hasKey(r)) {
            tests.add("search_key LIKE ? ESCAPE '\\'");
            params.add(like);
        }
        String upper = term.toUpperCase(Locale.ROOT).replace(" ", "");
        for (Field field : r.fields()) {
            FieldType t = field.type();
            if (t == FieldType.ID_NUMBER) {
                if (upper.length() == 18 || !fullNumbers) {
                    tests.add(field.column() + " = ?");
                    params.add(upper);
                } else {
                    tests.add(field.column() + " LIKE ? ESCAPE '\\'");
                    params.add("%" + escape(upper) + "%");
                }
            } else if (field.key().equals("household_no")) {
                tests.add(field.column() + " LIKE ? ESCAPE '\\'");
                params.add(escape(term) + "%");
            } else if (!SearchKey.hasKey(r) && (t == FieldType.NAME || t == FieldType.AREA_CODE
                    || t == FieldType.VILLAGE || t == FieldType.CODE)) {
                tests.add("lower(" + field.column() + ") LIKE ? ESCAPE '\\'");
                params.add(like);
            }
        }
        if (named != null) {
            tests.add((r == Register.POPULATION ? "area_code" : "code") + " IN (SELECT value FROM json_each(?))");
            params.add(named);
        }
        if (tests.isEmpty()) {
            tests.add("0");
        }
        where.append(" AND (").append(String.join(" OR ", tests)).append(")");
    }

    /**
     * Areas, schemes and population figures carry no search key: a term also finds them by the
     * name of the area or scheme (or its pinyin initials, `dc` for 东村), worked out here from
     * those small tables. The codes found, as a JSON array.
     */
    private String namedCodes(Register r, String term) {
        String table = r == Register.SCHEMES ? Register.SCHEMES.table() : Register.AREAS.table();
        StringBuilder json = new StringBuilder("[");
        db.select("SELECT code, name FROM " + table, List.of(), rs -> {
            if (SearchKey.finds(rs.getString(2), term)) {
                json.append(json.length() == 1 ? "\"" : ",\"")
                        .append(rs.getString(1).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        });
        return json.append(']').toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

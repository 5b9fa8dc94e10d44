package taizhang.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.SqlStatements;
import org.sqlite.SQLiteConfig;
import taizhang.domain.Progress;

/**
 * The SQL of the tally: measures counted per village, the ids behind them, population
 * figures and the area tree (closed months are {@link ClosedMonths}). Voided records never count.
 */
public final class TallyStore {
    private final Database db;

    public TallyStore(Database db) {
        this.db = db;
    }

    /** The values of the named parameters of {@link Measure} predicates for one period. */
    public record Params(LocalDate start, LocalDate end, LocalDate statYearStart,
                         LocalDate bornFrom, LocalDate bornTo, int timelyDays) {
        Map<String, Object> asMap() {
            Map<String, Object> m = new HashMap<>();
            m.put("start", start.toString());
            m.put("end", end.toString());
            m.put("start_month", start.toString().substring(0, 7));
            m.put("end_month", end.toString().substring(0, 7));
            m.put("sy_start", statYearStart.toString());
            m.put("born_from", bornFrom.toString());
            m.put("born_to", bornTo.toString());
            m.put("timely_days", timelyDays);
            return m;
        }
    }

    /** One live area. */
    public record AreaRow(String code, String name, String parentCode) {
    }

    /** A village's population figure: the row it comes from and its value. */
    public record PopulationRow(long id, String areaCode, String asOf, long population) {
    }

    /** Every live area, in code order. */
    public List<AreaRow> areas() {
        List<AreaRow> out = new ArrayList<>();
        select("SELECT code, name, parent_code FROM area WHERE voided = 0 ORDER BY code", Map.of(),
                rs -> out.add(new AreaRow(rs.getString(1), rs.getString(2), rs.getString(3))));
        return out;
    }

    /**
     * Every measure for every village that has a matching record, as village code to values
     * indexed by {@link Measure#ordinal()}; one map per set of parameters (say a period and the
     * same period last year). Each query is one plain index range or one table scan: an OR of
     * the measures' predicates made SQLite plan far worse.
     */
    public List<Map<String, long[]>> countByVillage(List<Params> periods) {
        return countByVillage(periods, java.util.EnumSet.allOf(Measure.class), Progress.NONE);
    }

    /** As {@link #countByVillage(List)}; {@code progress} hears the queries done of all there are. */
    public List<Map<String, long[]>> countByVillage(List<Params> periods, Progress progress) {
        return countByVillage(periods, java.util.EnumSet.allOf(Measure.class), progress);
    }

    /** The same for only the {@code wanted} measures (the others are 0): a table none of them reads is not read. */
    public List<Map<String, long[]>> countByVillage(List<Params> periods, java.util.Set<Measure> wanted,
                                                    Progress progress) {
        Map<String, List<Measure>> byTable = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            if (wanted.contains(m)) {
                byTable.computeIfAbsent(m.table(), t -> new ArrayList<>()).add(m);
            }
        }
        List<Map<String, long[]>> out = new ArrayList<>();
        for (int k = 0; k < periods.size(); k++) {
            out.add(new ConcurrentHashMap<>());
        }
        // Two connections count at the same time (two cores nearly halve a report with last
        // year's figures): whole-table scans and later periods' range scans go beside.
        List<Query> here = new ArrayList<>();
        List<Query> beside = new ArrayList<>();
        for (Map.Entry<String, List<Measure>> table : byTable.entrySet()) {
            String name = table.getKey();
            List<Measure> measures = table.getValue();
            Measure.Range range = commonRange(measures);
            if (range == null || gapless(range, periods)) {
                // One scan counts all periods: of the whole table when no index range serves
                // every measure (those scans go beside, which balances the two connections).
                (range == null ? beside : here).add(c -> countInOneScan(c, name, measures, range, periods, out));
                continue;
            }
            for (int k = 0; k < periods.size(); k++) {
                List<Params> one = List.of(periods.get(k));
                List<Map<String, long[]>> into = List.of(out.get(k));
                (k == 0 ? here : beside).add(c -> countInOneScan(c, name, measures, range, one, into));
            }
        }
        int total = here.size() + beside.size();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        runBeside(counted(beside, done, total, progress), counted(here, done, total, progress));
        return out;
    }

    private static List<Query> counted(List<Query> queries, java.util.concurrent.atomic.AtomicInteger done, int total,
                                       Progress progress) {
        return queries.stream().<Query>map(q -> c -> {
            q.run(c);
            progress.at(done.incrementAndGet(), total);
        }).toList();
    }

    /** One query of the report, run on a given connection. */
    @FunctionalInterface
    private interface Query {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code beside} on a second, read-only connection while {@code here} runs on this one. */
    private void runBeside(List<Query> beside, List<Query> here) {
        CompletableFuture<Void> other = beside.isEmpty() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> {
                    SQLiteConfig config = new SQLiteConfig();
                    config.setReadOnly(true);
                    config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
                    try (Connection c = config.createConnection("jdbc:sqlite:" + db.file().toAbsolutePath())) {
                        for (Query q : beside) {
                            q.run(c);
                        }
                    } catch (SQLException e) {
                        throw StorageException.of(e, db.file());
                    }
                }, READER);
        try {
            for (Query q : here) {
                q.run(db.connection());
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        } finally {
            try {
                other.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /** The second reader's thread; a daemon, so it never keeps the program alive. */
    private static final Executor READER = task -> {
        Thread t = new Thread(task, "tally-reader");
        t.setDaemon(true);
        t.start();
    };

    /** The range every measure of a table implies (a plain index range to scan), or null. */
    private static Measure.Range commonRange(List<Measure> measures) {
        Measure.Range range = measures.get(0).range();
        return range != null && measures.stream().allMatch(m -> range.equals(m.range())) ? range : null;
    }

    /**
     * Whether the periods' ranges leave no gap between them (they overlap, or one starts the day
     * or month after another ends), so one scan of their union reads no row that none of them
     * counts. Home's twelve months are then one scan of each table, not twelve: SQLite scans a
     * table's whole (area, date) index for a month as for a year, so twelve cost several times one.
     */
    private static boolean gapless(Measure.Range range, List<Params> periods) {
        List<String[]> ranges = new ArrayList<>();
        for (Params p : periods) {
            Map<String, Object> values = p.asMap();
            ranges.add(new String[] {(String) values.get(range.low()), (String) values.get(range.high())});
        }
        ranges.sort(java.util.Comparator.comparing(r -> r[0]));
        String reached = ranges.get(0)[1];
        for (String[] r : ranges.subList(1, ranges.size())) {
            if (r[0].compareTo(after(reached)) > 0) {
                return false;
            }
            reached = r[1].compareTo(reached) > 0 ? r[1] : reached;
        }
        return true;
    }

    /**
     * The day after an ISO date, the month after a year-month (the two kinds of range bound),
     * read by hand as stored dates are (the parsers' formatter is slow until compiled).
     */
    private static String after(String bound) {
        if (bound.length() == 7) {
            return java.time.YearMonth.of(Integer.parseInt(bound.substring(0, 4)), Integer.parseInt(bound.substring(5)))
                    .plusMonths(1).toString();
        }
        return taizhang.domain.IsoDate.parse(bound).plusDays(1).toString();
    }

    /**
     * Counts the periods in one scan: of the union of their ranges of the index when the
     * measures share one ({@code range} not null), else of the whole table.
     */
    private void countInOneScan(Connection c, String table, List<Measure> measures, Measure.Range range, List<Params> periods,
                                List<Map<String, long[]>> out) throws SQLException {
        Map<String, Object> bindings = new HashMap<>();
        List<String> aggregates = new ArrayList<>();
        String low = null;
        String high = null;
        for (int k = 0; k < periods.size(); k++) {
            Map<String, Object> values = periods.get(k).asMap();
            for (Map.Entry<String, Object> p : values.entrySet()) {
                bindings.put(p.getKey() + "_" + k, p.getValue());
            }
            if (range != null) {
                String l = (String) values.get(range.low());
                String h = (String) values.get(range.high());
                low = low == null || l.compareTo(low) < 0 ? l : low;
                high = high == null || h.compareTo(high) > 0 ? h : high;
            }
            for (Measure m : measures) {
                aggregates.add(suffixed(m.aggregateSql(), k));
            }
        }
        bindings.put("scan_low", low);
        bindings.put("scan_high", high);
        String where = range == null ? ""
                : " AND " + (range.fixed() == null ? "" : range.fixed() + " AND ")
                        + range.column() + " BETWEEN :scan_low AND :scan_high";
        String scope = Scoping.named(db.account(), "area_code", bindings);
        String sql = "SELECT area_code, " + String.join(", ", aggregates) + " FROM " + table
                + " WHERE voided = 0" + where + " AND " + scope + " GROUP BY area_code";
        select(c, sql, bindings, rs -> {
            for (int k = 0; k < periods.size(); k++) {
                long[] values = out.get(k).computeIfAbsent(rs.getString(1), code -> new long[Measure.values().length]);
                for (int i = 0; i < measures.size(); i++) {
                    values[measures.get(i).ordinal()] = rs.getLong(2 + k * measures.size() + i);
                }
            }
        });
    }

    /** The SQL with each named parameter renamed for the k-th set of parameters. */
    private static String suffixed(String sql, int k) {
        return NamedSql.rename(sql, name -> name + "_" + k);
    }

    /** The ids of the records behind a measure in the given villages, in id order. */
    public List<Long> ids(Measure measure, List<String> allVillages, Params params) {
        List<String> villages = inScope(allVillages);
        if (villages.isEmpty()) {
            return List.of();
        }
        return bound(db.handle().createQuery(measure.idSql()).bindList("villages", villages), params)
                .mapTo(Long.class).list();
    }

    /**
     * The ids of the records behind a measure in the given villages that were entered after
     * {@code after} (records registered after a month was closed).
     */
    public List<Long> idsEnteredAfter(Measure measure, List<String> allVillages, Params params, Instant after) {
        List<String> villages = inScope(allVillages);
        if (villages.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT id, created_at FROM " + measure.table()
                + " WHERE voided = 0 AND area_code IN (<villages>) AND " + measure.predicate() + " ORDER BY id";
        List<Long> out = new ArrayList<>();
        bound(db.handle().createQuery(sql).bindList("villages", villages), params).map((rs, ctx) -> {
            // Timestamps differ in their number of fraction digits, so compare them as instants.
            if (enteredAfter(rs.getString(2), after)) {
                out.add(rs.getLong(1));
            }
            return null;
        }).list();
        return out;
    }

    /** The villages of the account's scope among these: a drill-down never lists records outside it. */
    private List<String> inScope(List<String> villages) {
        return villages.stream().filter(db.account()::covers).toList();
    }

    private static boolean enteredAfter(String createdAt, Instant after) {
        try {
            return Instant.parse(createdAt).isAfter(after);
        } catch (java.time.format.DateTimeParseException e) {
            return createdAt.compareTo(after.toString()) > 0; // not written by taizhang: compare as text
        }
    }

    /** Each village's population figure with the latest as_of on or before {@code end}. */
    public Map<String, PopulationRow> population(LocalDate end) {
        Map<String, PopulationRow> out = new HashMap<>();
        Map<String, Object> bindings = new HashMap<>();
        bindings.put("end", end.toString());
        String scope = Scoping.named(db.account(), "p.area_code", bindings);
        select("SELECT p.id, p.area_code, p.as_of, p.population FROM population p"
                        + " JOIN (SELECT area_code, max(as_of) AS as_of FROM population"
                        + "       WHERE voided = 0 AND as_of <= :end GROUP BY area_code) latest"
                        + " ON latest.area_code = p.area_code AND latest.as_of = p.as_of WHERE p.voided = 0 AND "
                        + scope,
                bindings,
                rs -> out.put(rs.getString(2),
                        new PopulationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))));
        return out;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a query with named parameters through plain JDBC: the report's few large statements
     * run once per process, where Jdbi's parsing of them cost more than the rest of the start
     * ({@link NamedSql} says how much).
     */
    private void select(String sql, Map<String, Object> bindings, RowReader reader) {
        try {
            select(db.connection(), sql, bindings, reader);
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    private static void select(Connection c, String sql, Map<String, Object> bindings, RowReader reader)
            throws SQLException {
        NamedSql named = NamedSql.parse(sql);
        List<Object> values = new ArrayList<>();
        for (String name : named.names()) {
            if (!bindings.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            values.add(bindings.get(name));
        }
        try (PreparedStatement s = c.prepareStatement(named.sql())) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static <S extends SqlStatement<S>> S bound(S statement, Params params) {
        statement.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        return statement.bindMap(params.asMap());
    }
}

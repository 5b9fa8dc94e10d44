package taizhang.tally;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.DateRange;
import taizhang.domain.Period;
import taizhang.domain.Problem;
import taizhang.domain.Progress;
import taizhang.domain.Refusal;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.Measure;
import taizhang.storage.Settings;
import taizhang.storage.TallyStore;

/**
 * The report engine: counts per village from SQL, summed up the area tree in Java, the
 * indicators of SPEC 6 computed from the summed counts. The screens and the command line
 * ask it the same questions.
 */
public final class Tally {
    private final Database db;
    private final TallyStore store;
    private final Settings settings;

    public Tally(Database db) {
        this.db = db;
        this.store = new TallyStore(db);
        this.settings = new Settings(db);
    }

    Database database() {
        return db;
    }

    TallyStore store() {
        return store;
    }

    /** The month the statistical year starts in (setting stat_year_start). */
    public int statYearStart() {
        return settings.getInt(Settings.STAT_YEAR_START);
    }

    /** The period of the given kind containing today, for the screens' "back to today". */
    public Period current(Period.Kind kind, LocalDate today) {
        return Period.current(kind, today, statYearStart());
    }

    /** The flag thresholds of the settings, ranking villages by {@code rankBy} (null: no ranking). */
    public Flags.Rules flagRules(Indicator rankBy) {
        return Flags.Rules.of(settings, rankBy);
    }

    public AreaTree areas() {
        return AreaTree.load(store);
    }

    /**
     * The tally of a period under an area (null: the root), rows in SPEC 7 tree order. Counts
     * are read on two connections at once, so they see committed records only: inside a write
     * transaction, ask before changing records (as closing a month does), not after.
     */
    public Report report(Period period, String areaCode) {
        return report(period, areaCode, Progress.NONE);
    }

    /** As {@link #report(Period, String)}; {@code progress} hears the counting queries done. */
    public Report report(Period period, String areaCode, Progress progress) {
        AreaTree tree = areas();
        AreaTree.Area top = top(tree, areaCode);
        int start = statYearStart();
        DateRange range = period.range(start);
        DateRange lastYear = period.lastYear(start);
        List<Map<String, long[]>> counts = store.countByVillage(List.of(params(range), params(lastYear)), progress);
        Map<String, Tallied> now = rollUp(top, counts.get(0), store.population(range.end()));
        Map<String, Tallied> before = rollUp(top, counts.get(1), store.population(lastYear.end()));
        List<Report.Row> rows = new ArrayList<>();
        for (AreaTree.Area area : tree.reportOrder(top)) {
            if (!shows(area)) {
                continue;
            }
            Tallied n = now.get(area.code());
            Tallied b = before.get(area.code());
            List<BigDecimal> values = new ArrayList<>(Column.ALL.size());
            for (Column c : Column.ALL) {
                values.add(c.of(n, b));
            }
            rows.add(new Report.Row(area, java.util.Collections.unmodifiableList(values)));
        }
        return new Report(period, range, lastYear, List.copyOf(rows));
    }

    /** The counts of every area under {@code top}, each the sum of its children's. */
    private static Map<String, Tallied> rollUp(AreaTree.Area top, Map<String, long[]> villages,
                                               Map<String, TallyStore.PopulationRow> population) {
        Map<String, Tallied> out = new HashMap<>();
        sum(top, villages, population, out);
        return out;
    }

    private static Tallied sum(AreaTree.Area area, Map<String, long[]> villages,
                               Map<String, TallyStore.PopulationRow> population, Map<String, Tallied> out) {
        Tallied total;
        if (area.isVillage()) {
            long[] counts = villages.get(area.code());
            TallyStore.PopulationRow pop = population.get(area.code());
            total = new Tallied(counts != null ? counts : new long[Measure.values().length],
                    pop == null ? null : pop.population());
        } else {
            total = Tallied.empty();
            for (AreaTree.Area child : area.children()) {
                total = total.plus(sum(child, villages, population, out));
            }
        }
        out.put(area.code(), total);
        return total;
    }

    /** The parameters of the measures' predicates for a range of days. */
    TallyStore.Params params(DateRange range) {
        LocalDate end = range.end();
        // Aged 15-49 at `end` in completed years <=> born in (end - 50 years, end - 15 years];
        // minusYears turns 29 February into 28 February, as the SPEC's age rule needs.
        return new TallyStore.Params(range.start(), end,
                Period.statYearStartOf(range.start(), statYearStart()),
                end.minusYears(50).plusDays(1), end.minusYears(15),
                settings.getInt(Settings.TIMELY_DAYS));
    }

    /** The records behind a figure: their register and ids, in id order. */
    public record DrillDown(Register register, List<Long> ids) {
    }

    /**
     * The records behind an indicator for an area and period (last year's when {@code lastYear}):
     * built from the same predicate as the count, so a count's drill-down has exactly that many.
     */
    public DrillDown drillDown(Indicator indicator, String areaCode, Period period, boolean lastYear) {
        AreaTree tree = areas();
        List<String> villages = tree.villagesUnder(tree.find(areaCode));
        DateRange range = lastYear ? period.lastYear(statYearStart()) : period.range(statYearStart());
        if (indicator == Indicator.POPULATION) {
            Map<String, TallyStore.PopulationRow> population = store.population(range.end());
            List<Long> ids = villages.stream().filter(population::containsKey)
                    .map(v -> population.get(v).id()).sorted().toList();
            return new DrillDown(Register.POPULATION, ids);
        }
        Measure measure = indicator.drill();
        if (measure == null) {
            throw new Refusal(Problem.Code.NO_RECORDS_BEHIND, indicator.id());
        }
        return new DrillDown(register(measure), store.ids(measure, villages, params(range)));
    }

    static Register register(Measure measure) {
        for (Register r : Register.values()) {
            if (r.table().equals(measure.table())) {
                return r;
            }
        }
        throw new IllegalStateException("no register for table " + measure.table());
    }

    /**
     * One figure for each of the {@code count} periods ending with {@code last}, oldest first
     * (the screens' sparklines).
     */
    public List<BigDecimal> series(Indicator indicator, String areaCode, Period last, int count) {
        AreaTree tree = areas();
        AreaTree.Area top = tree.find(areaCode);
        List<BigDecimal> out = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < count; i++) {
            DateRange range = p.range(statYearStart());
            Map<String, long[]> counts = store.countByVillage(List.of(params(range))).get(0);
            out.add(0, indicator.of(rollUp(top, counts, store.population(range.end())).get(top.code())));
            p = p.previous();
        }
        return out;
    }

    /**
     * Several indicators for each of the {@code count} periods ending with {@code last}, oldest
     * first, from one count of the records for all the periods together (home's sparklines:
     * a twelfth of the work of twelve reports). {@code areaCode} null: the root.
     */
    public Map<Indicator, List<BigDecimal>> series(List<Indicator> indicators, String areaCode, Period last,
                                                   int count) {
        AreaTree.Area top = top(areas(), areaCode);
        List<DateRange> ranges = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < count; i++) {
            ranges.add(0, p.range(statYearStart()));
            p = p.previous();
        }
        List<TallyStore.Params> params = new ArrayList<>();
        for (DateRange r : ranges) {
            params.add(params(r));
        }
        // Only what the indicators are made of is counted (home's few need neither persons nor population).
        java.util.Set<Measure> wanted = java.util.EnumSet.noneOf(Measure.class);
        boolean population = false;
        for (Indicator i : indicators) {
            Counts.Reads reads = i.reads();
            wanted.addAll(reads.measures);
            population |= reads.population;
        }
        List<Map<String, long[]>> counts = store.countByVillage(params, wanted, Progress.NONE);
        Map<Indicator, List<BigDecimal>> out = new java.util.LinkedHashMap<>();
        for (Indicator i : indicators) {
            out.put(i, new ArrayList<>());
        }
        for (int k = 0; k < ranges.size(); k++) {
            Map<String, TallyStore.PopulationRow> figures = population ? store.population(ranges.get(k).end()) : Map.of();
            Tallied t = rollUp(top, counts.get(k), figures).get(top.code());
            for (Indicator i : indicators) {
                out.get(i).add(i.of(t));
            }
        }
        return out;
    }

    /**
     * The area a report is asked for (null: the root), refused when the account sees none of it.
     * An area above the scope (the county, for a village's clerk) reports what the scope holds
     * under it, as the root does when none is named: its own row only when wholly in scope.
     */
    AreaTree.Area top(AreaTree tree, String areaCode) {
        AreaTree.Area top = areaCode == null ? tree.root() : tree.find(areaCode);
        if (top == null) {
            throw new Refusal(Problem.Code.NO_AREAS);
        }
        if (areaCode != null && !db.account().scope().reaches(areaCode)) {
            throw outOfScope(areaCode);
        }
        return top;
    }

    /** Whether a report shows this area's row: a township or county only when the whole area is in scope (SPEC 9). */
    boolean shows(AreaTree.Area area) {
        return db.account().covers(area.code());
    }

    /** An area asked for that the signed-in account may not see: said as a record outside the scope is. */
    private Refusal outOfScope(String areaCode) {
        return new Refusal(Problem.error("area", areaCode, Problem.Code.OUT_OF_SCOPE, db.account().login(),
                db.account().scope().toString()));
    }
}

package taizhang.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.Entry;
import taizhang.domain.Progress;
import taizhang.domain.Register;
import taizhang.domain.Schemes;
import taizhang.storage.BatchInserter;
import taizhang.storage.BulkLoad;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

/**
 * The fictional demo county (codes 99...): two townships, 6 to 10 villages, the asked number
 * of persons, and three years up to today of births, deaths, marriages, moves, benefit
 * payments, visits and population figures. The same seed, size and today give the same
 * county, record for record; nothing reads the clock.
 *
 * <p>The county is generated as a stream of records in the order the registers depend on
 * each other (areas, schemes, persons, births, deaths, marriages, migrations, benefits,
 * visits, population). It is never held in memory: each register is one walk through the
 * households, each household drawn again from its own seed.
 */
public final class DemoCounty {
    private DemoCounty() {
    }

    public static final int DEFAULT_PERSONS = 20_000;
    public static final long DEFAULT_SEED = 1;
    /** ID numbers stay unique far beyond this; the bound keeps a typo from filling the disk. */
    public static final int MAX_PERSONS = 5_000_000;

    /** Where the records go, one at a time, in register order. */
    @FunctionalInterface
    public interface Sink {
        void accept(Entry entry) throws IOException;
    }

    /** The registers whose records are walked household by household, in dependency order. */
    private static final List<Register> WALKED = List.of(Register.PERSONS, Register.BIRTHS, Register.DEATHS,
            Register.MARRIAGES, Register.MIGRATIONS, Register.BENEFITS, Register.VISITS);

    /** Sends every record of the county to {@code sink}, register by register. */
    public static void generate(int persons, long seed, LocalDate today, Sink sink) throws IOException {
        generate(persons, seed, today, sink, Progress.NONE);
    }

    /** As {@link #generate(int, long, LocalDate, Sink)}; {@code progress} hears persons walked (each register walks them all). */
    public static void generate(int persons, long seed, LocalDate today, Sink sink, Progress progress)
            throws IOException {
        if (persons < 1 || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("the demo county has 1 to " + MAX_PERSONS + " persons, not " + persons);
        }
        DemoPlan plan = new DemoPlan(seed, today);
        for (Entry area : plan.areas) {
            sink.accept(area);
        }
        for (Entry scheme : Schemes.initial()) {
            sink.accept(scheme);
        }
        List<LocalDate> dates = plan.populationDates();
        int[][] population = new int[dates.size()][plan.villages.size()];
        long total = (long) WALKED.size() * persons;
        for (int r = 0; r < WALKED.size(); r++) {
            Register register = WALKED.get(r);
            DemoWalk walk = new DemoWalk(plan);
            long before = (long) r * persons;
            while (walk.persons() < persons) {
                DemoHousehold h = walk.next(persons - walk.persons());
                progress.at(before + walk.persons(), total);
                switch (register) {
                    case PERSONS -> {
                        h.persons(sink);
                        count(h, plan, dates, population);
                    }
                    case BIRTHS -> h.births(sink);
                    case DEATHS -> h.deaths(sink);
                    case MARRIAGES -> h.marriages(sink);
                    case MIGRATIONS -> h.migrations(sink);
                    case BENEFITS -> h.benefits(sink);
                    case VISITS -> h.visits(sink);
                    default -> throw new IllegalStateException(register.toString());
                }
            }
        }
        for (int d = 0; d < dates.size(); d++) {
            for (int v = 0; v < plan.villages.size(); v++) {
                sink.accept(Entry.of(Register.POPULATION, "area_code", plan.villages.get(v).code(),
                        "as_of", dates.get(d), "population", population[d][v]));
            }
        }
    }

    /** Adds the household's members to its village's population on each date. */
    private static void count(DemoHousehold h, DemoPlan plan, List<LocalDate> dates, int[][] population) {
        int v = plan.villages.indexOf(h.village);
        for (DemoHousehold.Member m : h.members) {
            for (int d = 0; d < dates.size(); d++) {
                if (m.presentOn(dates.get(d))) {
                    population[d][v]++;
                }
            }
        }
    }

    /**
     * Fills an initialised database (settings and the three schemes already there) with the
     * demo county, in one transaction.
     */
    public static void fill(Database db, int persons, long seed, LocalDate today) {
        fill(db, persons, seed, today, Progress.NONE);
    }

    /** As {@link #fill(Database, int, long, LocalDate)}, telling {@code progress} how far it has got. */
    public static void fill(Database db, int persons, long seed, LocalDate today, Progress progress) {
        List<Register> filled = java.util.Arrays.stream(Register.values()).filter(r -> r != Register.SCHEMES).toList();
        try {
            BulkLoad.insertAll(db, filled, sink -> generate(persons, seed, today, entry -> {
                if (entry.register() != Register.SCHEMES) { // init made them
                    sink.accept(entry);
                }
            }, progress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The demo office's people (SPEC 9), beside the admin {@code init} made: a statistician for
     * the whole county ({@code stats}) and a clerk for each village ({@code clerk-CODE}), without
     * passwords (an admin gives them one, or an OS user, to let them in).
     */
    public static void accounts(Database db) {
        taizhang.storage.Accounts accounts = new taizhang.storage.Accounts(db);
        List<taizhang.storage.CodeLists.Coded> areas = new taizhang.storage.CodeLists(db).areas();
        for (taizhang.storage.CodeLists.Coded a : areas) {
            taizhang.domain.AreaLevel level = taizhang.domain.AreaLevel.of(a.code());
            if (level == taizhang.domain.AreaLevel.COUNTY) {
                accounts.add(account("stats", a.name() + "统计员", taizhang.domain.Role.STATISTICIAN, a.code()), null);
            } else if (level == taizhang.domain.AreaLevel.VILLAGE) {
                accounts.add(account("clerk-" + a.code(), a.name() + "登记员", taizhang.domain.Role.CLERK, a.code()),
                        null);
            }
        }
    }

    private static taizhang.domain.Account account(String login, String name, taizhang.domain.Role role,
                                                   String scope) {
        return new taizhang.domain.Account(login, name, role, new taizhang.domain.Scope(List.of(scope)), null, false);
    }

    /**
     * Writes the county as one CSV file per register ({@code areas.csv} ... {@code population.csv})
     * into {@code dir}, in the form {@code export} writes, replacing files of those names.
     * Returns the number of records of each. Each is written as {@code NAME.csv.part} and named
     * only when all are complete, so that a demo killed midway leaves no cut file named as if
     * whole (the next run writes over the {@code .part} files it left).
     */
    public static Map<Register, Long> writeFiles(Path dir, int persons, long seed, LocalDate today)
            throws IOException {
        Files.createDirectories(dir);
        Map<Register, CsvOut> files = new EnumMap<>(Register.class);
        Map<Register, Long> counts = new EnumMap<>(Register.class);
        List<String> cells = new ArrayList<>();
        try {
            for (Register r : Register.values()) {
                files.put(r, new CsvOut(Files.newOutputStream(partOf(dir, r)),
                        Export.header(r, false)));
                counts.put(r, 0L);
            }
            generate(persons, seed, today, entry -> {
                cells.clear();
                for (int i = 0; i < entry.register().fields().size(); i++) {
                    cells.add(entry.canonical(i));
                }
                files.get(entry.register()).row(cells);
                counts.merge(entry.register(), 1L, Long::sum);
            });
        } finally {
            IOException first = null;
            for (CsvOut out : files.values()) {
                try {
                    out.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
        for (Register r : Register.values()) {
            Files.move(partOf(dir, r), dir.resolve(r.fileName() + ".csv"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        return counts;
    }

    private static Path partOf(Path dir, Register r) {
        return dir.resolve(r.fileName() + ".csv.part");
    }
}

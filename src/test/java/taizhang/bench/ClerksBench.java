package taizhang.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import taizhang.domain.Account;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.domain.Validation;
import taizhang.storage.Database;
import taizhang.storage.Records;
import taizhang.storage.RegisterStore;
import taizhang.storage.StorageException;
import taizhang.storage.StoredFacts;
import taizhang.testing.Ids;

/**
 * Benchmark (run by scripts/bench-clerks.sh, not by mvn test): several clerks, each a process of
 * its own, adding, changing and voiding births of one village as fast as they can on one file,
 * through the one write path the screens use ({@link Records}). The births are drawn from a small
 * set, so that clerks often try to register the same birth at the same moment and often change
 * or void a record another has just changed.
 *
 * <pre>
 *   ClerksBench work DB VILLAGE SECONDS START_EPOCH_MS CLERK OUT_DIR   one clerk (warms up until the start)
 *   ClerksBench verify DB OUT_DIR                                      the checks after the run
 * </pre>
 *
 * A clerk writes every save the write path acknowledged to OUT_DIR/CLERK.saves ({@code add|change|void
 * ID}) and how long each save waited for the write lock to OUT_DIR/CLERK.waits (microseconds).
 * {@code verify} checks that each acknowledged save is in the database (and its audit trail holds
 * exactly one entry for it), that no two live records claim the same birth, and prints the figures.
 */
public final class ClerksBench {
    private ClerksBench() {
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] CHILDREN = {"甲", "乙", "丙", "丁"};
    private static final int MOTHERS = 30;
    private static final int DAYS = 8;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "work" -> work(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Long.parseLong(args[4]), args[5],
                    Path.of(args[6]));
            case "verify" -> System.exit(verify(Path.of(args[1]), Path.of(args[2])) ? 0 : 1);
            default -> throw new IllegalArgumentException("work or verify, not " + args[0]);
        }
    }

    /** What a clerk tried and what came of it. */
    private static final class Counts {
        int saved;
        int seenBefore;
        int refused;
        int conflicts;
        int busy;
        int other;
    }

    private static void work(Path file, String village, int seconds, long startAt, String clerk, Path out)
            throws Exception {
        Random random = new Random(clerk.hashCode());
        Counts counts = new Counts();
        Counts warming = new Counts();
        long end = startAt + seconds * 1000L;
        try (Database db = Database.open(file).actAs(new Account(clerk, clerk, Role.CLERK, Scope.EVERYTHING, null,
                false));
             PrintWriter saves = new PrintWriter(Files.newBufferedWriter(out.resolve(clerk + ".saves")));
             PrintWriter waits = new PrintWriter(Files.newBufferedWriter(out.resolve(clerk + ".waits")))) {
            Records records = new Records(db, TODAY);
            // Until the common start, the JVM warms up on the same work (classes loaded, code
            // compiled): its saves are checked afterwards like the others but not counted.
            while (System.currentTimeMillis() < end) {
                boolean measured = System.currentTimeMillis() >= startAt;
                Counts c = measured ? counts : warming;
                int dice = random.nextInt(10);
                try {
                    String done = dice < 5 ? add(db, records, village, random)
                            : dice < 8 ? change(db, records, village, random) : voidOne(db, records, village, random);
                    if (done != null) {
                        saves.println(done);
                        if (measured) {
                            waits.println(db.lastLockWait().toNanos() / 1000);
                        }
                        c.saved++;
                    }
                } catch (SeenBefore e) {
                    c.seenBefore++;
                } catch (Records.Refused e) {
                    c.refused++;
                } catch (Records.Conflict e) {
                    c.conflicts++;
                } catch (StorageException e) {
                    if (e.kind() == StorageException.Kind.BUSY) {
                        c.busy++;
                    } else {
                        c.other++;
                        System.err.println(clerk + ": " + e.getMessage());
                    }
                }
            }
        }
        Files.writeString(out.resolve(clerk + ".counts"), counts.saved + " " + counts.refused + " " + counts.conflicts
                + " " + counts.busy + " " + (counts.other + warming.other) + " " + counts.seenBefore + "\n");
    }

    private static String add(Database db, Records records, String village, Random random) {
        Map<String, String> raw = new HashMap<>();
        raw.put("child_name", CHILDREN[random.nextInt(CHILDREN.length)]);
        raw.put("child_sex", random.nextBoolean() ? "M" : "F");
        raw.put("birth_date", LocalDate.of(2026, 10, 1 + random.nextInt(DAYS)).toString());
        raw.put("birth_order", "1");
        raw.put("mother_id_number", Ids.id("19950505", 2 * random.nextInt(MOTHERS) + 2));
        raw.put("mother_name", "母亲");
        raw.put("area_code", village);
        raw.put("registered_on", "2026-10-20");
        Validation.Result checked = Validation.check(Register.BIRTHS, raw, new StoredFacts(db, TODAY));
        if (checked.entry() == null) {
            throw new SeenBefore(); // already registered: the form's own check says so before saving
        }
        return "add " + records.add(checked.entry()).id();
    }

    /** The form's check, before the save, found the birth already registered. */
    private static final class SeenBefore extends RuntimeException {
        SeenBefore() {
            super(null, null, false, false);
        }
    }

    /** A live birth of the village, as a form would have opened it; null when there is none. */
    private static RegisterStore.Stored pick(Database db, Records records, String village) {
        Long id = db.handle().createQuery("SELECT id FROM birth WHERE area_code = ? AND voided = 0"
                        + " ORDER BY random() LIMIT 1").bind(0, village).mapTo(Long.class).findOne().orElse(null);
        RegisterStore.Stored found = id == null ? null : records.find(Register.BIRTHS, id);
        return found == null || found.voided() ? null : found; // voided between the two reads: nothing to open
    }

    private static String change(Database db, Records records, String village, Random random) {
        RegisterStore.Stored opened = pick(db, records, village);
        if (opened == null) {
            return null;
        }
        Entry mine = opened.entry().with("certificate_no", "C" + random.nextInt(1_000_000));
        records.change(opened.id(), opened.version(), mine);
        return "change " + opened.id();
    }

    private static String voidOne(Database db, Records records, String village, Random random) {
        RegisterStore.Stored shown = pick(db, records, village);
        if (shown == null) {
            return null;
        }
        records.voidRecord(Register.BIRTHS, shown.id(), shown.version(), "bench " + random.nextInt(100));
        return "void " + shown.id();
    }

    // ---- after the run ----

    private static boolean verify(Path file, Path out) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> acknowledged = new HashMap<>();
        List<Long> waits = new ArrayList<>();
        int saved = 0;
        int[] totals = new int[6];
        int clerks = 0;
        try (var list = Files.list(out)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                String clerk = name.substring(0, name.lastIndexOf('.'));
                if (name.endsWith(".saves")) {
                    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        String[] f = line.split(" ");
                        acknowledged.merge(clerk + " record." + f[0] + " " + f[1], 1, Integer::sum);
                        saved++;
                    }
                } else if (name.endsWith(".waits")) {
                    Files.readAllLines(p).forEach(w -> waits.add(Long.parseLong(w)));
                } else if (name.endsWith(".counts")) {
                    clerks++;
                    String[] f = Files.readString(p).strip().split(" ");
                    for (int i = 0; i < totals.length; i++) {
                        totals[i] += Integer.parseInt(f[i]);
                    }
                }
            }
        }
        try (Database db = Database.open(file)) {
            Map<String, Integer> audited = new HashMap<>();
            db.handle().createQuery("SELECT login || ' ' || action || ' ' || record_id AS k, count(*) AS n FROM audit"
                            + " WHERE login LIKE 'bench-%' AND action IN ('record.add', 'record.change', 'record.void')"
                            + " GROUP BY k")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> audited.put(e.getKey(), e.getValue()));
            if (!audited.equals(acknowledged)) {
                problems.add("the audit trail and the acknowledged saves differ: " + difference(acknowledged, audited));
            }
            for (String key : acknowledged.keySet()) {
                String[] f = key.split(" ");
                long id = Long.parseLong(f[2]);
                if (db.handle().createQuery("SELECT count(*) FROM birth WHERE id = ?").bind(0, id).mapTo(Integer.class)
                        .one() != 1) {
                    problems.add("acknowledged but missing: " + key);
                }
                if (f[1].equals("record.void") && db.handle().createQuery("SELECT voided FROM birth WHERE id = ?")
                        .bind(0, id).mapTo(Integer.class).one() != 1) {
                    problems.add("acknowledged void not void: " + key);
                }
            }
            int twice = db.handle().createQuery("SELECT count(*) FROM (SELECT 1 FROM birth WHERE voided = 0"
                    + " GROUP BY mother_id_number, birth_date, child_name, child_sex HAVING count(*) > 1)")
                    .mapTo(Integer.class).one();
            if (twice > 0) {
                problems.add(twice + " births are registered twice");
            }
        }
        waits.sort(null);
        long seconds = Long.parseLong(System.getProperty("bench.seconds", "60"));
        System.out.printf(Locale.ROOT, "clerks:               %d processes, %d s each, one village%n", clerks, seconds);
        System.out.printf(Locale.ROOT, "saves acknowledged:   %d in the %d s (%.1f per second), %d while warming up%n",
                totals[0], seconds, totals[0] / (double) seconds, saved - totals[0]);
        System.out.printf(Locale.ROOT, "already registered:   %d seen by the form's check, %d refused inside the"
                + " transaction%n", totals[5], totals[1]);
        System.out.printf(Locale.ROOT, "conflicts:            %d (changed or voided by another since it was read)%n",
                totals[2]);
        System.out.printf(Locale.ROOT, "busy past timeout:    %d; other failures: %d%n", totals[3], totals[4]);
        System.out.printf(Locale.ROOT, "lock wait per save:   p50 %s, p99 %s, max %s%n", percentile(waits, 50),
                percentile(waits, 99), percentile(waits, 100));
        problems.forEach(p -> System.out.println("FAILED: " + p));
        System.out.println(problems.isEmpty() ? "every acknowledged save is in the database; no birth twice"
                : problems.size() + " problems");
        return problems.isEmpty() && totals[4] == 0;
    }

    private static String difference(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> out = new ArrayList<>();
        for (String k : a.keySet()) {
            if (!a.get(k).equals(b.get(k))) {
                out.add(k + " acknowledged " + a.get(k) + " audited " + b.get(k));
            }
        }
        for (String k : b.keySet()) {
            if (!a.containsKey(k)) {
                out.add(k + " audited " + b.get(k) + " but never acknowledged");
            }
        }
        return out.size() > 5 ? out.subList(0, 5) + " and " + (out.size() - 5) + " more" : out.toString();
    }

    private static String percentile(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return "-";
        }
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        Duration d = Duration.ofNanos(sortedMicros.get(Math.max(0, i)) * 1000);
        return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }
}

package taizhang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.storage.Accounts;
import taizhang.storage.Database;
import taizhang.storage.Records;
import taizhang.storage.Registration;

/**
 * Benchmark (run by scripts/bench-audit.sh, not by mvn test): what a form save costs now that it
 * is audited, against the save as it was before accounts (one transaction that only writes the
 * record), in the same run on the same database, alternating. The audited save also checks role
 * and scope and every rule inside its transaction, and appends the hash-chained entry.
 */
public final class SaveBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        LocalDate today = LocalDate.parse(System.getenv().getOrDefault("TAIZHANG_TODAY", "2026-11-23"));
        try (Database db = Database.open(file)) {
            String osUser = Files.getOwner(file).getName();
            db.actAs(new Accounts(db).whoIs(osUser, true));
            String village = db.handle().createQuery("SELECT code FROM area WHERE length(code) = 12 LIMIT 1")
                    .mapTo(String.class).one();
            Records records = new Records(db, today);
            long[] audited = new long[rounds];
            long[] plain = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                Entry visit = Entry.of(Register.VISITS, "household_no", "B-" + i, "area_code", village, "visit_date", today, "visitor", "王", "purpose", "bench");
                long t0 = System.nanoTime();
                db.write(h -> {
                    try (Registration r = new Registration(db, "bench")) {
                        return r.save(visit);
                    }
                });
                long t1 = System.nanoTime();
                records.add(visit.with("household_no", "A-" + i));
                long t2 = System.nanoTime();
                plain[i] = t1 - t0;
                audited[i] = t2 - t1;
            }
            double p = median(plain);
            double a = median(audited);
            System.out.printf(Locale.ROOT, "form save, median of %d: unaudited %.2f ms, audited %.2f ms, ratio %.2f%n",
                    rounds, p / 1e6, a / 1e6, a / p);
        }
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}

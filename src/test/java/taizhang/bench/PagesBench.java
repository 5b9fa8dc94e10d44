package taizhang.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterPage;
import taizhang.storage.RegisterPage.Filter;
import taizhang.storage.RegisterPage.Sort;

/**
 * Benchmark (run by scripts/bench-pages.sh, not by mvn test): a page of the persons and benefits
 * registers of a large county, sorted by a column no index serves or searched for a term nothing
 * matches, against the baseline measured in the same run: one plain read of the whole table
 * (`count(*)` over a text column of every row), the least such a page can cost without an index.
 */
public final class PagesBench {
    record Case(Register register, Filter filter, Sort sort) {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Case> cases = List.of(
                new Case(Register.PERSONS, Filter.NONE, new Sort("name", false)),
                new Case(Register.PERSONS, Filter.NONE, new Sort("residence", true)),
                new Case(Register.PERSONS, Filter.NONE.withSearch("qxzq"), Sort.ENTERED),
                new Case(Register.BENEFITS, Filter.NONE, new Sort("name", false)),
                new Case(Register.BENEFITS, Filter.NONE, new Sort("scheme", true)),
                new Case(Register.BENEFITS, Filter.NONE.withSearch("qxzq"), Sort.ENTERED));
        try (Database db = taizhang.testing.Admin.signIn(Database.open(file))) {
            RegisterPage pages = new RegisterPage(db);
            System.out.println("office: " + file + "; median of " + rounds + " rounds");
            for (Case c : cases) {
                String read = "SELECT count(*) FROM " + c.register().table() + " WHERE length(search_key) >= 0";
                double scan = median(rounds, () -> {
                    try (java.sql.Statement s = db.connection().createStatement()) {
                        s.executeQuery(read).close();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                double page = median(rounds, () -> {
                    List<RegisterPage.Row> first = pages.first(c.register(), c.filter(), c.sort(), 20);
                    if (!first.isEmpty()) {
                        pages.after(c.register(), c.filter(), c.sort(), first.get(first.size() - 1), false, 20);
                    }
                }) / 2;
                System.out.printf(Locale.ROOT, "%-9s %-26s page %6.0f ms  table read %6.0f ms  ratio %.2f%n",
                        c.register().table(), describe(c), page, scan, page / scan);
            }
        }
    }

    private static String describe(Case c) {
        if (c.filter().search() != null) {
            return "search " + c.filter().search();
        }
        return "by " + c.sort().fieldKey() + (c.sort().descending() ? " desc" : "");
    }

    private static double median(int rounds, Runnable work) {
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }
}

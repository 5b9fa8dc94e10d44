package taizhang.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.AreaLevel;
import taizhang.domain.Facts;
import taizhang.domain.Problem;
import taizhang.domain.Progress;
import taizhang.domain.Register;
import taizhang.domain.Validation;
import taizhang.domain.Role;
import taizhang.storage.Audit;
import taizhang.storage.Consistency;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.storage.StoredFacts;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Context ctx = main.context();
        PrintWriter out = main.out();
        PrintWriter err = main.err();
        Wording w = main.wording();
        int failed = 0;
        try (Database db = ctx.open(Role.Permission.CHECK)) {
            Consistency c = new Consistency(db);
            c.requireWholeOffice();
            failed += report(w, "check.audit", c.readable(() -> auditChain(db)), out, err);
            failed += report(w, "check.integrity", c.integrity(), out, err);
            failed += report(w, "check.references", c.readable(c::foreignKeys), out, err);
            failed += report(w, "check.area_tree", c.readable(c::areaTree), out, err);
            failed += report(w, "check.living_ids", c.readable(c::livingIdNumbers), out, err);
            failed += report(w, "check.births", c.readable(c::duplicateBirths), out, err);
            failed += report(w, "check.deaths", c.readable(c::deathsAgreeWithPersons), out, err);
            List<String> records = new ArrayList<>();
            try (ProgressLine progress = main.progress("progress.rows")) {
                c.readable(() -> {
                    records.addAll(revalidate(db, ctx, w, progress));
                    return List.of();
                }).forEach(p -> records.add(w.problem(p)));
            }
            failed += reportLines(w, "check.rules", records, out, err);
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static List<Problem> auditChain(Database db) {
        Audit.Verification v = new Audit(db).verify();
        return v.intact() ? List.of() : List.of(Problem.of(Problem.Code.AUDIT_BROKEN, v.firstBad(), v.why()));
    }

    private static int report(Wording w, String what, List<Problem> problems, PrintWriter out, PrintWriter err) {
        return reportLines(w, what, problems.stream().map(w::problem).toList(), out, err);
    }

    private static int reportLines(Wording w, String what, List<String> problems, PrintWriter out, PrintWriter err) {
        String name = w.get(what);
        problems.forEach(p -> err.println(w.get("check.line", name, p)));
        out.println((problems.isEmpty() ? w.get("check.ok") : w.get("check.failed")) + name
                + (problems.isEmpty() ? "" : w.count("check.count", problems.size(), problems.size())));
        return problems.isEmpty() ? 0 : 1;
    }

    /** Every stored record read back through the same rules as import; the rules across records are checked above. */
    private static List<String> revalidate(Database db, Context ctx, Wording w, Progress progress) {
        Facts facts = new SelfFacts(new StoredFacts(db, ctx.today()));
        RegisterStore store = new RegisterStore(db);
        long total = 0;
        for (Register r : Register.values()) {
            total += store.countAll(r);
        }
        long[] done = {0};
        long all = total;
        List<String> problems = new ArrayList<>();
        for (Register r : Register.values()) {
            store.forEach(r, stored -> {
                if ((++done[0] & 1023) == 0) {
                    progress.at(done[0], all);
                }
                for (Problem p : Validation.check(r, stored.entry().raw(), facts).errors()) {
                    String column = p.field() == null || r.indexOf(p.field()) < 0 ? "-"
                            : r.field(p.field()).header(w.language());
                    problems.add(w.get("check.record", r.label(w.language()), stored.id(), column, w.problem(p)));
                }
            });
        }
        return problems;
    }

    /** The register's facts (areas and schemes remembered), except that a stored record never conflicts with itself. */
    private static final class SelfFacts implements Facts {
        private final StoredFacts stored;
        private final Map<String, AreaLevel> areaLevels = new java.util.HashMap<>();
        private final Map<String, Boolean> schemes = new java.util.HashMap<>();

        SelfFacts(StoredFacts stored) {
            this.stored = stored;
        }

        public java.time.LocalDate today() {
            return stored.today();
        }

        public AreaLevel areaLevel(String code) {
            return areaLevels.computeIfAbsent(code, stored::areaLevel);
        }

        public String rootCode() {
            return null;
        }

        public boolean hasScheme(String code) {
            return schemes.computeIfAbsent(code, stored::hasScheme);
        }

        public boolean livingPersonHas(String idNumber) {
            return false;
        }

        public PersonState person(String idNumber) {
            return null;
        }

        public boolean hasBirth(BirthKey key) {
            return false;
        }
    }
}

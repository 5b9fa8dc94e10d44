package taizhang.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Facts;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Validation;
import taizhang.domain.Role;
import taizhang.storage.Audit;
import taizhang.storage.Consistency;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.storage.StoredFacts;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the integrity and consistency of the whole database; exit 1 if anything fails.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Context ctx = main.context();
        PrintWriter out = main.out();
        PrintWriter err = main.err();
        int failed = 0;
        try (Database db = ctx.open(Role.Permission.CHECK)) {
            Consistency c = new Consistency(db);
            failed += report("audit trail chain", auditChain(db), out, err);
            failed += report("storage integrity", c.integrity(), out, err);
            failed += report("references between records", c.foreignKeys(), out, err);
            failed += report("area tree", c.areaTree(), out, err);
            failed += report("one living person per ID number", c.livingIdNumbers(), out, err);
            failed += report("no duplicate births", c.duplicateBirths(), out, err);
            failed += report("deaths agree with the persons register", c.deathsAgreeWithPersons(), out, err);
            failed += report("every record passes the rules", revalidate(db, ctx), out, err);
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static List<String> auditChain(Database db) {
        Audit.Verification v = new Audit(db).verify();
        return v.intact() ? List.of() : List.of("entry " + v.firstBad() + ": " + v.why());
    }

    private static int report(String what, List<String> problems, PrintWriter out, PrintWriter err) {
        problems.forEach(p -> err.println("check: " + what + ": " + p));
        out.println((problems.isEmpty() ? "ok      " : "FAILED  ") + what
                + (problems.isEmpty() ? "" : " (" + Counted.of(problems.size(), "problem", "problems") + ")"));
        return problems.isEmpty() ? 0 : 1;
    }

    /** Every stored record read back through the same rules as import; the rules across records are checked above. */
    private static List<String> revalidate(Database db, Context ctx) {
        Facts facts = new SelfFacts(new StoredFacts(db, ctx.today()));
        RegisterStore store = new RegisterStore(db);
        List<String> problems = new ArrayList<>();
        for (Register r : Register.values()) {
            store.forEach(r, stored -> {
                for (Problem p : Validation.check(r, stored.entry().raw(), facts).errors()) {
                    problems.add(r.fileName() + " id " + stored.id() + ": " + p.field() + ": " + p.describe());
                }
            });
        }
        return problems;
    }

    /** The register's facts (areas and schemes remembered), except that a stored record never conflicts with itself. */
    private static final class SelfFacts implements Facts {
        private final StoredFacts stored;
        private final Map<String, Integer> areaLengths = new java.util.HashMap<>();
        private final Map<String, Boolean> schemes = new java.util.HashMap<>();

        SelfFacts(StoredFacts stored) {
            this.stored = stored;
        }

        public java.time.LocalDate today() {
            return stored.today();
        }

        public boolean isVillage(String code) {
            return areaLevelLength(code) == 12;
        }

        public int areaLevelLength(String code) {
            return areaLengths.computeIfAbsent(code, stored::areaLevelLength);
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
